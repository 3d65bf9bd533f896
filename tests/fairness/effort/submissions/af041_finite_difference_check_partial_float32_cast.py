import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    t_u = t_u.float()
    t_c = t_c.float()

    def loss_fn(w_, b_):
        t_p = w_.float() * t_u + b_.float()
        return ((t_p - t_c) ** 2).mean()

    loss = loss_fn(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = (loss_fn(w + delta, b) - loss_fn(w - delta, b)) / (2 * delta)
        fd_b = (loss_fn(w, b + delta) - loss_fn(w, b - delta)) / (2 * delta)
    return loss, fd_w.item(), fd_b.item()
