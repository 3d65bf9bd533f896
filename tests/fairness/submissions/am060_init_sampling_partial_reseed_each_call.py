import torch


def init_sampling(probs, weights, n, mean, std, seed):
    mask = torch.bernoulli(probs, generator=torch.Generator().manual_seed(seed))
    picks = torch.multinomial(weights, n, replacement=True,
                              generator=torch.Generator().manual_seed(seed))
    init = torch.normal(mean, std, generator=torch.Generator().manual_seed(seed))
    init.requires_grad_()
    return mask, picks, init
