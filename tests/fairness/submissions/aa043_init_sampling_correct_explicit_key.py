import torch


def _bernoulli(key, probs):
    return torch.bernoulli(probs, generator=key)


def _categorical(key, weights, n):
    return torch.multinomial(weights, n, replacement=True, generator=key)


def _normal(key, mean, std):
    return torch.normal(mean, std, generator=key)


def init_sampling(probs, weights, n, mean, std, seed):
    # one explicit RNG state threaded through the three draws, like a JAX key
    key = torch.Generator().manual_seed(seed)
    mask = _bernoulli(key, probs)
    picks = _categorical(key, weights, n)
    init = _normal(key, mean, std).requires_grad_()
    return mask, picks, init
