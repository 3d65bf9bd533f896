"""Wrong: the seeded generator makes the mask and the picks, but the normal draw leaves it out.

fails: init, init_hidden
description: draws init without generator=g, so it comes from the global random stream rather than the seeded one
mistakes: generator
"""

import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    picks = torch.multinomial(weights, n, replacement=True, generator=g)
    init = torch.normal(mean, std).requires_grad_()
    return mask, picks, init
