import torch


def parabola_minimum(x, lr, steps):
    for _ in range(steps):
        y = 3 * x.pow(2) + 2 * x - 1.2
        y.backward()
        with torch.no_grad():
            x.add_(x.grad, alpha=-lr)
            x.grad.zero_()
    xv = x.item()
    return 3 * xv**2 + 2 * xv - 1.2
