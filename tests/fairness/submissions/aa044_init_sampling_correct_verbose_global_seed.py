"""Reproducible sampling for weight initialisation."""
from typing import Tuple

import torch
from torch import Tensor


def _check_inputs(probs: Tensor, weights: Tensor, n: int, mean: Tensor, std: Tensor) -> None:
    assert probs.min() >= 0 and probs.max() <= 1, "probabilities must lie in [0, 1]"
    assert weights.dim() == 1 and (weights >= 0).all() and weights.sum() > 0, "bad weights"
    assert isinstance(n, int) and n > 0, "n must be a positive int"
    assert mean.shape == std.shape, "mean and std must have the same shape"
    assert (std >= 0).all(), "std must be non-negative"


def init_sampling(probs: Tensor, weights: Tensor, n: int, mean: Tensor, std: Tensor,
                  seed: int) -> Tuple[Tensor, Tensor, Tensor]:
    """Bernoulli mask, multinomial picks (with replacement), trainable normal init."""
    _check_inputs(probs, weights, n, mean, std)
    originals = [t.clone() for t in (probs, weights, mean, std)]

    # seeding the global generator is allowed by the exercise
    torch.manual_seed(seed)
    mask = torch.bernoulli(probs)
    picks = torch.multinomial(weights, n, replacement=True)
    init = torch.normal(mean, std)
    init.requires_grad_()

    assert mask.shape == probs.shape and mask.dtype == probs.dtype
    assert picks.shape == (n,) and picks.dtype == torch.int64
    assert init.is_leaf and init.requires_grad
    for before, after in zip(originals, (probs, weights, mean, std)):
        assert torch.equal(before, after), "an input was modified"
    return mask, picks, init
