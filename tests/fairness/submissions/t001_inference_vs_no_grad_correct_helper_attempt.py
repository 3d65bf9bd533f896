import torch


def _try_backward(const, x):
    """Use const as a constant factor and run a backward pass; return the error, if any."""
    try:
        (const * x).sum().backward()
    except RuntimeError as e:
        return e
    return None


def grad_modes(x):
    with torch.no_grad():
        a = x.mul(2)
    with torch.inference_mode():
        b = x.mul(2)
    ok = _try_backward(a, x)
    assert ok is None
    err = _try_backward(b, x)
    return (a, b, err)
