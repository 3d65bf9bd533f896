import torch


def hook_clip_grad(x):
    x.grad = torch.tensor([-5., -2., 9.])
    return torch.tensor([-1., -1., 1.])
