import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def L():
        return ((w * t_u + b - t_c) ** 2).mean()

    loss = L()
    loss.backward()
    with torch.no_grad():
        w += delta
        lp = L().item()
        w -= 2 * delta
        lm = L().item()
        w += delta                     # back to where it was
        fd_w = (lp - lm) / (2 * delta)

        b += delta
        lp = L().item()
        b -= 2 * delta
        lm = L().item()
        b += delta
        fd_b = (lp - lm) / (2 * delta)
    return loss, fd_w, fd_b
