import torch

def backward_untracked_mean(x):
    y = x + 2
    z = torch.mean(3 * y ** 2)
    z.backward()
    return z
