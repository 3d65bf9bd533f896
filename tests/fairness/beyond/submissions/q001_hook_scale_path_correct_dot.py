import torch


def hook_scale_path(x):
    h = x.exp()
    h.register_hook(lambda grad: 0.5 * grad)
    out = torch.dot(h.flatten(), x.flatten()) if x.dim() != 1 else torch.dot(h, x)
    out.backward()
    return out
