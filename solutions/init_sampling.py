"""Reference solution: init_sampling."""

import torch


def init_sampling(
    probs: torch.Tensor,
    weights: torch.Tensor,
    n: int,
    mean: torch.Tensor,
    std: torch.Tensor,
    seed: int,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    picks = torch.multinomial(weights, n, replacement=True, generator=g)
    init = torch.normal(mean, std, generator=g).requires_grad_()
    return mask, picks, init
