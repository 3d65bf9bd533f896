import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator()
    g.manual_seed(seed)
    mask = probs.bernoulli(generator=g)
    picks = weights.multinomial(n, True, generator=g)
    init = torch.empty_like(mean)
    torch.normal(mean, std, generator=g, out=init)
    return mask, picks, init.requires_grad_()
