"""A design matrix, torch.optim.SGD and nn.MSELoss; the coefficients returned detached."""

import torch


def fit_parabola_gd(x, y, lr, steps):
    X = torch.stack([x**2, x, torch.ones_like(x)], dim=1)  # (N, 3)
    coeffs = torch.zeros(3, requires_grad=True)
    opt = torch.optim.SGD([coeffs], lr=lr)
    loss_fn = torch.nn.MSELoss()
    for _ in range(steps):
        opt.zero_grad()
        loss = loss_fn(X @ coeffs, y)
        loss.backward()
        opt.step()
    with torch.no_grad():
        final_loss = loss_fn(X @ coeffs, y).item()
    return coeffs.detach(), final_loss
