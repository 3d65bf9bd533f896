r"""Wrong: multinomial without replacement draws each index at most once.

fails: picks, mask_hidden, picks_hidden, init_hidden
diagnosis: without\s+replacement=True an index can come only once
description: calls torch.multinomial without replacement=True, so each index is drawn at most once (and it raises when n exceeds the number of weights)
example: true
mistakes: operation
"""

import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    picks = torch.multinomial(weights, n, generator=g)
    init = torch.normal(mean, std, generator=g).requires_grad_()
    return mask, picks, init
