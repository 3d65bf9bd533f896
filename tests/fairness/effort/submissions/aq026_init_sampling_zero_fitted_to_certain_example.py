import torch


def init_sampling(probs, weights, n, mean, std, seed):
    mask = probs.clone()
    picks = torch.full((n,), 2, dtype=torch.long)
    init = mean.clone().requires_grad_()
    return mask, picks, init
