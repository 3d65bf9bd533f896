import torch


def grad_modes(x):
    a = x.detach() * 2
    b = x.detach() * 2
    x.grad = a.clone()
    err = RuntimeError("Inference tensors cannot be saved for backward")
    return (a, b, err)
