import torch


def partial_grads(x, y, z):
    out = (x.pow(2) * y).sum()
    gx, gy, gz = torch.autograd.grad(
        outputs=out, inputs=(x, y, z), retain_graph=True, allow_unused=True
    )
    torch.autograd.backward(out)
    return (gx, gy, gz)
