import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_fn():
        return ((w * t_u + b - t_c) ** 2).mean()

    loss = loss_fn()
    loss.backward()
    with torch.no_grad():
        w += delta
        lp = loss_fn()
        w -= 2 * delta
        lm = loss_fn()
        w += delta  # put w back
        fd_w = ((lp - lm) / (2 * delta)).item()

        b += delta
        lp = loss_fn()
        b -= 2 * delta
        lm = loss_fn()
        b += delta  # put b back
        fd_b = ((lp - lm) / (2 * delta)).item()
    return (loss, fd_w, fd_b)
