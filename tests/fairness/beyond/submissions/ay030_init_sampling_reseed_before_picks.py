"""One mistake: re-seeds the generator again before the multinomial draw (seed set at the wrong point), so
picks and init are not the draws that follow the mask in one stream."""
import torch


def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    g.manual_seed(seed)
    picks = torch.multinomial(weights, n, replacement=True, generator=g)
    init = torch.normal(mean, std, generator=g)
    init.requires_grad_()
    return mask, picks, init
