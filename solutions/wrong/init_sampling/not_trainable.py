r"""Wrong: the sampled weights do not require grad, so training could never update them.

fails: init_trainable
diagnosis: call \.requires_grad_\(\)
description: forgets requires_grad_() on the initial weights
mistakes: requires_grad
"""

import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    picks = torch.multinomial(weights, n, replacement=True, generator=g)
    init = torch.normal(mean, std, generator=g)
    return mask, picks, init
