import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    weights /= weights.sum()  # make the weights a probability distribution
    picks = torch.multinomial(weights, n, replacement=True, generator=g)
    init = torch.normal(mean, std, generator=g).requires_grad_()
    return mask, picks, init
