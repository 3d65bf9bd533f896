import torch

def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: 0.5 * g)
    out = torch.einsum("i,i->", h.reshape(-1), x.reshape(-1))
    out.backward()
    return out
