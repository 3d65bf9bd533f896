import torch


def _compute_out(x, y):
    out = 0
    for xi, yi in zip(x.reshape(-1), y.reshape(-1)):
        out = out + xi * xi * yi
    return out


def partial_grads(x, y, z):
    out = _compute_out(x, y)
    print("out =", out.item())
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], allow_unused=True, retain_graph=True)
    print("grads from autograd.grad:", gx, gy, gz)
    out.backward()
    print("x.grad", x.grad, "y.grad", y.grad, "z.grad", z.grad)
    return gx, gy, gz
