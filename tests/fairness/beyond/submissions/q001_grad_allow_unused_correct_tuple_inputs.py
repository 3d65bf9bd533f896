import torch


def partial_grads(x, y, z):
    out = torch.sum(x * x * y)
    grads = torch.autograd.grad(
        outputs=out,
        inputs=(x, y, z),
        retain_graph=True,
        allow_unused=True,
    )
    out.backward()
    assert grads[2] is None
    return tuple(grads)
