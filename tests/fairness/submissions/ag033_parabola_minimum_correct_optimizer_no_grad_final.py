import torch


def parabola_minimum(x, lr, steps):
    opt = torch.optim.SGD([x], lr=lr)
    for _ in range(steps):
        y = 3 * x ** 2 + 2 * x - 1.2
        y.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
    with torch.no_grad():
        final = 3 * x ** 2 + 2 * x - 1.2
    return final.item()
