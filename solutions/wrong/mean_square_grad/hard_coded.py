"""Wrong: copies the prompt's numbers for the 2x2 ones input; nothing is computed."""

import torch


def mean_square_grad(x):
    x.grad = torch.full_like(x, 4.5)
    return torch.tensor(27.0, requires_grad=True)
