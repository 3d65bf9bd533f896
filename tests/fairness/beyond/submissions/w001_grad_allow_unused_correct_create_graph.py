import torch


def partial_grads(x, y, z):
    out = (x.pow(2) * y).sum()
    # create_graph=True also keeps the graph (retain_graph defaults to create_graph)
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], create_graph=True, allow_unused=True)
    out.backward()
    return gx, gy, gz
