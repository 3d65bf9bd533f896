"""A generator on the inputs' device, replacement passed by position, prints between the draws."""

import torch


def init_sampling(probs: torch.Tensor, weights: torch.Tensor, n: int, mean: torch.Tensor, std: torch.Tensor, seed: int):
    gen = torch.Generator(device=probs.device).manual_seed(seed)
    mask = torch.bernoulli(probs, generator=gen)
    print("mask:\n", mask)  # printing does not draw from the generator
    picks = torch.multinomial(weights, n, True, generator=gen)
    print("picks:", picks)
    init = torch.normal(mean, std, generator=gen).requires_grad_()
    print("init:", init)
    return mask, picks, init
