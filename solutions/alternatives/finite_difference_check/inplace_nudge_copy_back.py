"""Nudges w and b in place under no_grad and copies the originals back; the mean as sum() / numel()."""

import torch


def _mse(w, b, t_u, t_c):
    d = w * t_u + b - t_c
    return (d * d).sum() / d.numel()


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = _mse(w, b, t_u, t_c)
    loss.backward()

    with torch.no_grad():
        estimates = []
        for p in (w, b):
            original = p.clone()
            p.copy_(original + delta)
            plus = _mse(w, b, t_u, t_c)
            p.copy_(original - delta)
            minus = _mse(w, b, t_u, t_c)
            p.copy_(original)
            estimates.append(((plus - minus) / (2 * delta)).item())
    return loss, estimates[0], estimates[1]
