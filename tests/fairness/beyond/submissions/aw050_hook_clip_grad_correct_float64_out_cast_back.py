import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    with torch.enable_grad():
        xd = x.double()
        out = (xd ** 3 - 4 * xd).sum().to(x.dtype)
        out.backward()
    first = torch.empty_like(x).copy_(x.grad)
    handle.remove()
    with torch.enable_grad():
        out2 = (x ** 3 - 4 * x).sum()
        out2.backward()
    return first.detach()
