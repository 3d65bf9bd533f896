import torch


def make_mask(probs, g):
    return torch.bernoulli(probs, generator=g)


def draw_indices(weights, n, g):
    return torch.multinomial(weights, num_samples=n, replacement=True, generator=g)


def draw_weights(mean, std, g):
    w = torch.normal(mean, std, generator=g)
    return w.requires_grad_()


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    mask = make_mask(probs, g)
    picks = draw_indices(weights, n, g)
    init = draw_weights(mean, std, g)
    return mask, picks, init
