import torch


def parabola_minimum(x, lr, steps):
    for step in range(steps):
        y = 3 * x * x + 2 * x - 1.2
        y.backward()
        with torch.no_grad():
            x.sub_(lr * x.grad)
        x.grad.zero_()
    y_final = 3 * x.detach() ** 2 + 2 * x.detach() - 1.2
    return y_final.item()
