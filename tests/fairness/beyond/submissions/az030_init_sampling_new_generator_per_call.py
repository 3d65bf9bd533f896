"""One mistake: makes a fresh generator seeded with seed for each of the three calls instead of one
generator shared in order, so picks and init are drawn from a restarted stream."""
import torch


def init_sampling(probs, weights, n, mean, std, seed):
    mask = torch.bernoulli(probs, generator=torch.Generator().manual_seed(seed))
    picks = torch.multinomial(weights, n, replacement=True,
                              generator=torch.Generator().manual_seed(seed))
    init = torch.normal(mean, std, generator=torch.Generator().manual_seed(seed)).requires_grad_()
    return mask, picks, init
