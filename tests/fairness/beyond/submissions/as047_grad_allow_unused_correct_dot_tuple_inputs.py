import torch


def partial_grads(x, y, z):
    out = torch.dot(x * x, y)
    gx, gy, gz = torch.autograd.grad(
        outputs=(out,), inputs=(x, y, z), retain_graph=True, allow_unused=True
    )
    out.backward()
    return gx, gy, gz
