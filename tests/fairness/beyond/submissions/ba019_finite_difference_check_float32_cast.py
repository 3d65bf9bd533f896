"""One mistake: converts everything to float32 with .float() before computing, which the prompt
forbids (loss in float32, central differences lose precision)."""
import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    u = t_u.float()
    c = t_c.float()

    def loss_fn(w_, b_):
        return ((w_.float() * u + b_.float() - c) ** 2).mean()

    loss = loss_fn(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = (loss_fn(w + delta, b) - loss_fn(w - delta, b)) / (2 * delta)
        fd_b = (loss_fn(w, b + delta) - loss_fn(w, b - delta)) / (2 * delta)
    return loss, fd_w.item(), fd_b.item()
