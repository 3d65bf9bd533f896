"""Answer to init_sampling (randn_affine)."""

import torch

def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator()
    g.manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    picks = torch.multinomial(weights, n, replacement=True, generator=g)
    noise = torch.randn(mean.shape, generator=g, dtype=mean.dtype)
    init = (mean + std * noise).requires_grad_()
    return (mask, picks, init)
