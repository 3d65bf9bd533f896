"""Correct: y = torch.add(x, 2), z = torch.mean(2 * torch.square(y)), plain z.backward() that raises by
itself when x is not tracked."""
import torch


def backward_untracked_mean(x):
    y = torch.add(x, 2)
    z = torch.mean(2 * torch.square(y))
    z.backward()
    return z
