"""init_sampling: draws the normal init first, then mask and picks (mistake: wrong order of the draws on one generator)."""
import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    init = torch.normal(mean, std, generator=g).requires_grad_()
    mask = torch.bernoulli(probs, generator=g)
    picks = torch.multinomial(weights, n, replacement=True, generator=g)
    return mask, picks, init
