import torch

def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: torch.mul(g, 0.5))
    out = torch.mul(h, x).sum()
    print("out =", out.item())
    out.backward()
    return out
