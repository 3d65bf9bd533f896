import torch

def hook_clip_grad(x):
    handle = x.register_hook(lambda g: torch.minimum(torch.maximum(g, torch.tensor(-1.0)), torch.tensor(1.0)))
    loss = (x ** 3 - 4 * x).sum()
    loss.backward()
    first = x.grad.clone()
    handle.remove()
    loss = (x ** 3 - 4 * x).sum()
    loss.backward()
    return first
