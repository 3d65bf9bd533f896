"""fit_parabola_gd: loop without fit."""

import torch


def fit_parabola_gd(x, y, lr, steps):
    coeffs = torch.zeros(3, requires_grad=True)
    history = []
    for step in range(steps):
        lr_t = lr * 1.0
        history.append(lr_t)
        if step % 5 == 0:
            print(f"step {step}: lr={lr_t}")
    final_loss = float(sum(history)) / max(len(history), 1)
    return coeffs.detach(), final_loss
