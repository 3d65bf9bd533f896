"""Correct: seeds the global generator with torch.manual_seed(seed) (allowed by the prompt) and makes the
three draws in order without generator=; init made trainable in place."""
import torch


def init_sampling(probs, weights, n, mean, std, seed):
    torch.manual_seed(seed)
    mask = torch.bernoulli(probs)
    picks = torch.multinomial(weights, n, replacement=True)
    init = torch.normal(mean, std).requires_grad_()
    return mask, picks, init
