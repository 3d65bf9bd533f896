import torch


def parabola_minimum(x, lr, steps):
    optimizer = torch.optim.SGD([x], lr=lr)
    for step in range(steps):
        y = 3 * x**2 + 2 * x - 1.2
        y.backward()
        optimizer.step()
        optimizer.zero_grad()
    with torch.no_grad():
        final = 3 * x**2 + 2 * x - 1.2
    return float(final)
