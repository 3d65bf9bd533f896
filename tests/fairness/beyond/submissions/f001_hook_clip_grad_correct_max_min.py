import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: torch.minimum(torch.maximum(g, torch.tensor(-1.0)), torch.tensor(1.0)))
    for step in range(2):
        out = torch.sum(x ** 3) - 4 * torch.sum(x)
        out.backward()
        if step == 0:
            first = x.grad.clone()
            handle.remove()
    return first
