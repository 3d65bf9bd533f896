import torch

def backward_untracked_mean(x):
    z = torch.mean(torch.mul(torch.square(torch.add(x, 2)), 2))
    z.backward()
    return z
