import torch


def partial_grads(x, y, z):
    xf, yf = x.reshape(-1), y.reshape(-1)
    out = 0
    for i in range(xf.numel()):
        out = out + xf[i] ** 2 * yf[i]
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], retain_graph=True, allow_unused=True)
    out.backward()
    return gx, gy, gz
