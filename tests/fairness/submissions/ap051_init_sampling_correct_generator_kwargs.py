import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator()
    g.manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    picks = torch.multinomial(weights, num_samples=n, replacement=True, generator=g)
    init = torch.normal(mean=mean, std=std, generator=g)
    init.requires_grad_()
    return mask, picks, init
