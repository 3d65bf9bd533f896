import torch


def _clip(grad):
    return grad.clamp(-1, 1)


def _objective(t):
    return (t.pow(3) - 4 * t).sum()


def hook_clip_grad(x):
    handle = x.register_hook(_clip)
    torch.autograd.backward(_objective(x))
    first = x.grad.detach().clone()
    handle.remove()
    torch.autograd.backward(_objective(x))
    return first
