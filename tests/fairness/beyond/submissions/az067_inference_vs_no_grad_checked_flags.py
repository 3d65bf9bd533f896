"""Right answer: a under no_grad, b under inference_mode, the backward through a, and the failing b * x
inside try with err = e kept; asserts on the flags."""
import torch


def grad_modes(x):
    with torch.no_grad():
        a = x * 2
    with torch.inference_mode():
        b = x * 2
    assert not a.requires_grad and b.is_inference()

    (a * x).sum().backward()

    err = None
    try:
        (b * x).sum().backward()
    except RuntimeError as e:
        err = e
    assert err is not None, "expected PyTorch to refuse the inference tensor"
    return a, b, err
