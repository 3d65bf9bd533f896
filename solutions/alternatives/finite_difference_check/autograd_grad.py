"""torch.autograd.grad for both parameters, stored in w.grad and b.grad; one helper for every loss."""

import torch


def linear_mse(w, b, t_u, t_c):
    t_p = w * t_u + b
    return torch.mean((t_p - t_c) ** 2)


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = linear_mse(w, b, t_u, t_c)
    w.grad, b.grad = torch.autograd.grad(loss, (w, b))
    with torch.no_grad():
        fd_w = (linear_mse(w + delta, b, t_u, t_c) - linear_mse(w - delta, b, t_u, t_c)) / (2 * delta)
        fd_b = (linear_mse(w, b + delta, t_u, t_c) - linear_mse(w, b - delta, t_u, t_c)) / (2 * delta)
    return loss, fd_w.item(), fd_b.item()
