"""Wrong: draws init before picks; the generator is shared, so both get other numbers.

fails: picks, init, picks_hidden, init_hidden
description: draws the normal init before the multinomial picks, so both come from the wrong part of the random stream
mistakes: order, generator
"""

import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    init = torch.normal(mean, std, generator=g).requires_grad_()
    picks = torch.multinomial(weights, n, replacement=True, generator=g)
    return mask, picks, init
