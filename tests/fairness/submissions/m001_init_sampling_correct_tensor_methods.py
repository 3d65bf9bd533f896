import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator()
    g.manual_seed(seed)
    mask = probs.bernoulli(generator=g)
    picks = weights.multinomial(n, True, generator=g)
    init = torch.normal(mean=mean, std=std, generator=g)
    init.requires_grad = True
    return mask, picks, init
