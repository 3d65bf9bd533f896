import torch


def hook_clip_grad(x):
    hd = x.register_hook(lambda grad: torch.clamp(grad, -1, 1))
    loss = (x.pow(3) - x.mul(4)).sum()
    loss.backward()
    first = torch.empty_like(x.grad).copy_(x.grad)
    hd.remove()
    loss2 = (x.pow(3) - x.mul(4)).sum()
    loss2.backward()
    return first
