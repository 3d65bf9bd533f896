import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    # 1 with probability p: a uniform draw below p
    mask = torch.rand(probs.shape, generator=g) < probs
    picks = torch.multinomial(weights, n, replacement=True, generator=g)
    init = torch.normal(mean, std, generator=g).requires_grad_()
    return mask, picks, init
