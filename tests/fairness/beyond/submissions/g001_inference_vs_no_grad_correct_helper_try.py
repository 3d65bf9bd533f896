import torch


def try_backward(const, x):
    """Run (const * x).sum().backward(); return the error it raised, or None."""
    try:
        (const * x).sum().backward()
    except RuntimeError as e:
        return e
    return None


def grad_modes(x):
    with torch.no_grad():
        a = 2 * x
    with torch.inference_mode():
        b = 2 * x
    first = try_backward(a, x)
    assert first is None
    err = try_backward(b, x)
    return a, b, err
