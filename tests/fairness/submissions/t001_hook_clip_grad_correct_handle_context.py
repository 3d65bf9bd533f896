import torch


def hook_clip_grad(x):
    # RemovableHandle is a context manager: leaving the block removes the hook
    with x.register_hook(lambda g: g.clamp(-1, 1)):
        torch.autograd.backward((x ** 3 - 4 * x).sum())
        first = x.grad.clone()
    torch.autograd.backward((x ** 3 - 4 * x).sum())
    return first
