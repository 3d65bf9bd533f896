import torch


def init_sampling(probs, weights, n, mean, std, seed):
    torch.manual_seed(seed)
    mask = probs.bernoulli()
    picks = weights.multinomial(n, True)
    init = torch.normal(mean, std)
    init.requires_grad = True
    return (mask, picks, init)
