import torch


def parabola_minimum(x, lr, steps):
    for _ in range(steps):
        y = 3 * x ** 2 + 2 * x - 1.2
        y.backward()
        with torch.no_grad():
            x -= lr * x.grad
        x.grad.zero_()
    return y.item()
