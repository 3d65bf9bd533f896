"""Half done, two mistakes: the hook is still a TODO (no halving, so x.grad is e^x + x e^x) and the function
returns out.item(), a Python float, instead of the tensor."""
import torch


def hook_scale_path(x):
    h = torch.exp(x)
    # TODO: h.register_hook(...) to halve the gradient through h
    out = (h * x).sum()
    out.backward()
    return out.item()
