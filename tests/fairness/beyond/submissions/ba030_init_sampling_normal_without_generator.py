"""One mistake: makes the seeded generator but forgets generator=g in torch.normal, so init comes
from the global generator (mask and picks are right)."""
import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    picks = torch.multinomial(weights, n, replacement=True, generator=g)
    init = torch.normal(mean, std).requires_grad_()
    return mask, picks, init
