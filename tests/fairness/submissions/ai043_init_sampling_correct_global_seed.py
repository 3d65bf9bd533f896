"""Answer to init_sampling (global_seed)."""

import torch

def init_sampling(probs, weights, n, mean, std, seed):
    torch.manual_seed(seed)
    mask = torch.bernoulli(probs)
    picks = torch.multinomial(weights, n, replacement=True)
    init = torch.normal(mean, std).requires_grad_()
    return mask, picks, init
