import torch


def hook_scale_path(x):
    x.grad = torch.tensor([1.0, 14.78])
    return torch.tensor(14.78)
