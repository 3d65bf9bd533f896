import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def L():
        return ((w * t_u + b - t_c) ** 2).mean()
    loss = L()
    loss.backward()
    with torch.no_grad():
        w += delta
        lw_plus = L()
        w -= 2 * delta
        lw_minus = L()
        b += delta
        lb_plus = L()
        b -= 2 * delta
        lb_minus = L()
    fd_w = ((lw_plus - lw_minus) / (2 * delta)).item()
    fd_b = ((lb_plus - lb_minus) / (2 * delta)).item()
    return loss, fd_w, fd_b
