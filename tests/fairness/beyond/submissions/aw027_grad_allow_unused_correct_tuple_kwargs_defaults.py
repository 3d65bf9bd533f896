import torch


def partial_grads(x, y, z):
    out = torch.sum(x.pow(2).mul(y))
    grads = torch.autograd.grad(
        outputs=out,
        inputs=(x, y, z),
        retain_graph=True,
        create_graph=False,
        allow_unused=True,
        materialize_grads=False,
    )
    out.backward()
    return tuple(grads)
