import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_fn():
        return ((w * t_u + b - t_c) ** 2).mean()

    loss = loss_fn()
    loss.backward()
    with torch.no_grad():
        w += delta
        lw_plus = loss_fn()
        w -= 2 * delta
        lw_minus = loss_fn()
        fd_w = ((lw_plus - lw_minus) / (2 * delta)).item()
        b += delta
        lb_plus = loss_fn()
        b -= 2 * delta
        lb_minus = loss_fn()
        b += delta
        fd_b = ((lb_plus - lb_minus) / (2 * delta)).item()
    return loss, fd_w, fd_b
