import torch


def fit_parabola_gd(x, y, lr, steps):
    a = torch.zeros(1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    c = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([a, b, c], lr=lr)

    def mse():
        pred = a * x ** 2 + b * x + c
        return ((pred - y) ** 2).sum() / y.numel()

    for _ in range(steps):
        optimizer.zero_grad()
        loss = mse()
        loss.backward()
        optimizer.step()
    final_loss = float(mse())
    coeffs = torch.cat([a, b, c]).detach()
    return coeffs, final_loss
