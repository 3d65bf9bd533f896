import torch


def f(x):
    return 3 * x ** 2 + 2 * x - 1.2


def parabola_minimum(x, lr, steps):
    """Gradient descent on f(x) = 3x^2 + 2x - 1.2."""
    for i in range(steps):
        y = f(x)
        y.backward()
        with torch.no_grad():
            x.sub_(lr * x.grad)
        x.grad = None
    with torch.no_grad():
        y_min = f(x)
    return float(y_min)
