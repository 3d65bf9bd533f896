import torch


def mean_square_grad(x: torch.Tensor) -> torch.Tensor:
    shifted = x + 2
    sq = shifted * shifted          # a*a instead of **2
    total = torch.mul(sq, 3).sum()
    out = total / x.numel()         # mean written as sum / numel
    out.backward()
    return out
