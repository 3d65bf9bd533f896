import torch


def partial_grads(x, y, z):
    out = (x * x * y).sum()
    g = torch.autograd.grad(out, [x, y, z], retain_graph=True, allow_unused=True)
    assert g[2] is None
    print("grads from autograd.grad:", g)
    out.backward()
    print("x.grad", x.grad, "y.grad", y.grad, "z.grad", z.grad)
    return (g[0], g[1], g[2])
