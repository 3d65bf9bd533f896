"""init_sampling: deterministic threshold."""

import torch


def init_sampling(probs, weights, n, mean, std, seed):
    torch.manual_seed(seed)
    mask = (probs > 0.5).float()
    order = torch.argsort(weights, descending=True)
    picks = order[:n]
    init = mean.clone().requires_grad_()
    return mask, picks, init
