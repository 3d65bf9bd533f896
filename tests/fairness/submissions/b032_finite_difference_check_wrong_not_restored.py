import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def L():
        return ((w * t_u + b - t_c) ** 2).mean()

    loss = L()
    loss.backward()
    with torch.no_grad():
        w += delta
        lp = L()
        w -= 2 * delta
        lm = L()
        fd_w = ((lp - lm) / (2 * delta)).item()
        w += delta
        b += delta
        lp = L()
        b -= 2 * delta
        lm = L()
        fd_b = ((lp - lm) / (2 * delta)).item()
    return loss, fd_w, fd_b
