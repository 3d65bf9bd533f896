"""inference_vs_no_grad: builds err = RuntimeError("Inference tensors ...") by hand instead of catching PyTorch's (mistake)."""
import torch


def grad_modes(x):
    with torch.no_grad():
        a = x * 2
    with torch.inference_mode():
        b = x * 2
    (a * x).sum().backward()
    err = RuntimeError("Inference tensors cannot be saved for backward")
    return a, b, err
