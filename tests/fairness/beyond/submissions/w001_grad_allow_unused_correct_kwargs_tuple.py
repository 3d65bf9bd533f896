import torch


def partial_grads(x, y, z):
    out = torch.sum(torch.mul(torch.pow(x, 2), y))
    grads = torch.autograd.grad(
        outputs=out,
        inputs=(x, y, z),
        retain_graph=True,
        allow_unused=True,
    )
    torch.autograd.backward(out)
    return tuple(grads)
