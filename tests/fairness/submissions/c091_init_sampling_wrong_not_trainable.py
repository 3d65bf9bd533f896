import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator()
    g.manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    picks = torch.multinomial(weights, n, True, generator=g)
    init = torch.normal(mean, std, generator=g)
    init.requires_grad    # trainable
    return mask, picks, init
