import torch


def parabola_minimum(x, lr, steps):
    for _ in range(steps):
        y = 3 * x ** 2 + 2 * x - 1.2
        y.backward()
        x.data -= lr * x.grad.data     # update outside the graph
        x.grad = None
    final = 3 * x.data ** 2 + 2 * x.data - 1.2
    return float(final)
