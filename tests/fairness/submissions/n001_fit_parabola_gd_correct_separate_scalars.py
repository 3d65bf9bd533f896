import torch


def fit_parabola_gd(x, y, lr, steps):
    a = torch.tensor(0.0, requires_grad=True)
    b = torch.tensor(0.0, requires_grad=True)
    c = torch.tensor(0.0, requires_grad=True)
    params = [a, b, c]
    for step in range(steps):
        y_hat = a * x ** 2 + b * x + c
        loss = torch.mean((y_hat - y) ** 2)
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= lr * p.grad
                p.grad = None
    coeffs = torch.stack([a, b, c]).detach()
    with torch.no_grad():
        final_loss = torch.mean((a * x ** 2 + b * x + c - y) ** 2).item()
    return coeffs, final_loss
