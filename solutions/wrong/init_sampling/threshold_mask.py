"""Wrong: a mask from comparing uniform draws with probs is a bool tensor, not 0./1. floats.

fails: mask, mask_hidden
diagnosis: dtype should be
description: builds the mask as torch.rand(...) < probs, a bool tensor (and a different use of the generator)
mistakes: dtype, operation
"""

import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    mask = torch.rand(probs.shape, generator=g) < probs
    picks = torch.multinomial(weights, n, replacement=True, generator=g)
    init = torch.normal(mean, std, generator=g).requires_grad_()
    return mask, picks, init
