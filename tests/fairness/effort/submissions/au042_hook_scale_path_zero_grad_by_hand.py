import torch


def hook_scale_path(x):
    with torch.no_grad():
        out = (torch.exp(x) * x).sum()
        x.grad = torch.exp(x) + 0.5 * x * torch.exp(x)
    return out
