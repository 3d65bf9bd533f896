"""One mistake: z is the sum of 2*y**2 instead of its mean, so z and x.grad are n times too big
(the untracked case still raises correctly)."""
import torch


def backward_untracked_mean(x):
    y = x + 2
    z = torch.sum(2 * y ** 2)
    z.backward()
    return z
