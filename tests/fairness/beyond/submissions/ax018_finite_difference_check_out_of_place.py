"""finite_difference_check: correct; evaluates the shifted losses out of place under no_grad, keeps float64, returns floats."""
import torch


def _loss(w, b, t_u, t_c):
    t_p = w * t_u + b
    return ((t_p - t_c) ** 2).mean()


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = _loss(w, b, t_u, t_c)
    loss.backward()
    with torch.no_grad():
        fd_w = (_loss(w + delta, b, t_u, t_c) - _loss(w - delta, b, t_u, t_c)) / (2 * delta)
        fd_b = (_loss(w, b + delta, t_u, t_c) - _loss(w, b - delta, t_u, t_c)) / (2 * delta)
    assert loss.dtype == t_u.dtype
    return loss, float(fd_w), float(fd_b)
