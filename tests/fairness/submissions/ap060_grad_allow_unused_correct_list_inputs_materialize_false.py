import torch


def partial_grads(x, y, z):
    out = torch.sum(x * x * y)
    grads = torch.autograd.grad(out, [x, y, z], retain_graph=True,
                                allow_unused=True, materialize_grads=False)
    out.backward()
    return tuple(grads)
