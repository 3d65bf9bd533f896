import torch


def _mse(w, b, t_u, t_c):
    d = w * t_u + b - t_c
    return (d * d).sum() / d.numel()


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = _mse(w, b, t_u, t_c)
    loss.backward()

    with torch.no_grad():
        w_orig, b_orig = w.clone(), b.clone()

        w += delta
        l_plus = _mse(w, b, t_u, t_c)
        w.copy_(w_orig - delta)
        l_minus = _mse(w, b, t_u, t_c)
        w.copy_(w_orig)
        fd_w = ((l_plus - l_minus) / (2 * delta)).item()

        b += delta
        l_plus = _mse(w, b, t_u, t_c)
        b.copy_(b_orig - delta)
        l_minus = _mse(w, b, t_u, t_c)
        b.copy_(b_orig)
        fd_b = ((l_plus - l_minus) / (2 * delta)).item()

    return loss, fd_w, fd_b
