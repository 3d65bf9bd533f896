import torch


def fit_parabola_gd(x, y, lr, steps):
    a, b, c = (torch.zeros((), dtype=x.dtype, requires_grad=True) for _ in range(3))
    params = [a, b, c]

    def mse():
        pred = a * x ** 2 + b * x + c
        return torch.mean(torch.square(pred - y))

    for _ in range(steps):
        loss = mse()
        loss.backward()
        with torch.no_grad():
            for q in params:
                q -= lr * q.grad
                q.grad = None
    final_loss = float(mse().detach())
    return torch.stack(params).detach(), final_loss
