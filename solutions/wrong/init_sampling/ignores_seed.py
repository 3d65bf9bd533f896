"""Wrong: never uses the seed; the draws come from the global generator in whatever state it is.

fails: mask, picks, init, mask_hidden, picks_hidden, init_hidden
description: draws from the global generator without seeding it, so the numbers are not reproducible
mistakes: generator
"""

import torch


def init_sampling(probs, weights, n, mean, std, seed):
    mask = torch.bernoulli(probs)
    picks = torch.multinomial(weights, n, replacement=True)
    init = torch.normal(mean, std).requires_grad_()
    return mask, picks, init
