import torch


def fit_parabola_gd(x, y, lr, steps):
    X = torch.stack([x ** 2, x, torch.ones_like(x)], dim=1)   # (N, 3) design matrix
    loss_fn = lambda w: torch.mean((X @ w - y) ** 2)

    w = torch.zeros(3, requires_grad=True)
    for _ in range(steps):
        (g,) = torch.autograd.grad(loss_fn(w), w)
        with torch.no_grad():
            w -= lr * g
    with torch.no_grad():
        final = loss_fn(w).item()
    return w.detach(), final
