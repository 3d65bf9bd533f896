import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_fn(w_, b_):
        t_p = w_ * t_u + b_
        return ((t_p - t_c) ** 2).mean()

    loss = loss_fn(w, b)
    loss.backward()
    with torch.no_grad():
        w32, b32 = w.float(), b.float()
        u32, c32 = t_u.float(), t_c.float()
        f = lambda w_, b_: (((w_ * u32 + b_) - c32) ** 2).mean()
        fd_w = ((f(w32 + delta, b32) - f(w32 - delta, b32)) / (2 * delta)).item()
        fd_b = ((f(w32, b32 + delta) - f(w32, b32 - delta)) / (2 * delta)).item()
    return loss, fd_w, fd_b
