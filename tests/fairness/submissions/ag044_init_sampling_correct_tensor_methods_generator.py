import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    mask = probs.bernoulli(generator=g)
    picks = weights.multinomial(n, True, generator=g)
    init = torch.normal(mean, std, generator=g).requires_grad_()
    return (mask, picks, init)
