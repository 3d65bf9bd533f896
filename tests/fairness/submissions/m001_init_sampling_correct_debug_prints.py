import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    print("seed", seed, "initial generator seed", g.initial_seed())
    mask = torch.bernoulli(probs, generator=g)
    print("mask", mask.dtype, mask.shape)
    print(mask)
    picks = torch.multinomial(weights, n, replacement=True, generator=g)
    print("picks", picks)
    init = torch.normal(mean, std, generator=g).requires_grad_()
    print("init", init, init.is_leaf)
    return mask, picks, init
