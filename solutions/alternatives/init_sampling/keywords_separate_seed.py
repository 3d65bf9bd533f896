"""Keyword arguments, the generator seeded in its own statement, requires_grad_(True) on its own line."""

import torch


def init_sampling(probs, weights, n, mean, std, seed):
    """Reproducible mask, picks and normal init from a single generator."""
    g = torch.Generator()
    g.manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    picks = torch.multinomial(weights, num_samples=n, replacement=True, generator=g)
    init = torch.normal(mean=mean, std=std, generator=g)
    init.requires_grad_(True)
    return (mask, picks, init)
