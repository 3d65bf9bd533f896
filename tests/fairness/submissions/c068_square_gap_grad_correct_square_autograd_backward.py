import torch


def square_gap_grad(p: torch.Tensor) -> torch.Tensor:
    w = torch.square(p)
    loss = torch.square(torch.sub(p, w)).sum()
    torch.autograd.backward(loss)
    return loss
