import torch


def _clip(g):
    return g.clamp(-1, 1)


def _out(x):
    return x.pow(3).sum() - 4 * x.sum()


def hook_clip_grad(x):
    handle = x.register_hook(_clip)
    torch.autograd.backward(_out(x))
    first = x.grad.clone().contiguous()
    handle.remove()
    torch.autograd.backward(_out(x))
    return first
