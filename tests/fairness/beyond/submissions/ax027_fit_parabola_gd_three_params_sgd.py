"""fit_parabola_gd: correct; separate a, b, c leaves updated by torch.optim.SGD, returned stacked as one (3,) tensor."""
import torch


def fit_parabola_gd(x, y, lr, steps):
    a = torch.zeros((), requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    c = torch.zeros((), requires_grad=True)
    opt = torch.optim.SGD([a, b, c], lr=lr)

    def loss_fn():
        pred = a * x ** 2 + b * x + c
        return ((pred - y) ** 2).mean()

    for _ in range(steps):
        opt.zero_grad()
        loss = loss_fn()
        loss.backward()
        opt.step()
    with torch.no_grad():
        final_loss = loss_fn().item()
    coeffs = torch.stack([a.detach(), b.detach(), c.detach()])
    return coeffs, final_loss
