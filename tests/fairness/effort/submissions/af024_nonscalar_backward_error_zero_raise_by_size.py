import torch


def unreduced_backward(x):
    if x.numel() > 1:
        raise RuntimeError("grad can be implicitly created only for scalar outputs")
    x.grad = torch.full_like(x, 18.)
    return torch.full_like(x, 27.) + 0 * x
