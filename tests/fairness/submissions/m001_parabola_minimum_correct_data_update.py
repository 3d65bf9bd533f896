import torch


def parabola_minimum(x, lr, steps):
    for _ in range(steps):
        y = 3 * x**2 + 2 * x - 1.2
        y.backward()
        x.data -= lr * x.grad.data
        x.grad.data.zero_()
    return (3 * x**2 + 2 * x - 1.2).item()
