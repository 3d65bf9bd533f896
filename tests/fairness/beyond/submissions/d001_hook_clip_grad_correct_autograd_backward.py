import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp_min(-1).clamp_max(1))
    torch.autograd.backward((x * x * x - 4 * x).sum())
    first = x.grad.clone()
    print("clipped:", first)
    handle.remove()
    torch.autograd.backward((x * x * x - 4 * x).sum())
    print("final:", x.grad)
    return first
