import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    picks = torch.multinomial(weights, n, replacement=True, generator=g)
    # a normal draw is a standard normal draw, scaled and shifted
    init = torch.randn(mean.shape, generator=g) * std + mean
    init.requires_grad_()
    return mask, picks, init
