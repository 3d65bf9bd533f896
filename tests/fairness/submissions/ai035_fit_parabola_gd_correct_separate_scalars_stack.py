"""Answer to fit_parabola_gd (separate_scalars_stack)."""

import torch

def fit_parabola_gd(x, y, lr, steps):
    a = torch.zeros((), dtype=x.dtype, requires_grad=True)
    b = torch.zeros((), dtype=x.dtype, requires_grad=True)
    c = torch.zeros((), dtype=x.dtype, requires_grad=True)
    opt = torch.optim.SGD([a, b, c], lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        loss = ((a * x ** 2 + b * x + c - y) ** 2).mean()
        loss.backward()
        opt.step()
    with torch.no_grad():
        final_loss = ((a * x ** 2 + b * x + c - y) ** 2).mean().item()
    return torch.stack([a, b, c]).detach(), final_loss
