import torch


def partial_grads(x, y, z):
    out = torch.dot(x.pow(2).flatten(), y.flatten())
    print("out:", out)
    g = torch.autograd.grad(out, [x, y, z], retain_graph=True, allow_unused=True)
    for name, gi in zip("xyz", g):
        print(name, gi)
    out.backward()
    print("x.grad", x.grad, "y.grad", y.grad, "z.grad", z.grad)
    return g[0], g[1], g[2]
