"""init_sampling: correct; seeds the global generator with torch.manual_seed (allowed) and draws in the asked order."""
import torch


def init_sampling(probs, weights, n, mean, std, seed):
    torch.manual_seed(seed)
    mask = torch.bernoulli(probs)
    picks = torch.multinomial(weights, n, replacement=True)
    init = torch.normal(mean, std).requires_grad_()
    return mask, picks, init
