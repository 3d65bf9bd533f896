"""One mistake: uses a forward difference (L(w+d) - L(w)) / d instead of the central difference, so the
estimates are off by a term proportional to delta."""
import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_fn(w_, b_):
        return ((w_ * t_u + b_ - t_c) ** 2).mean()

    loss = loss_fn(w, b)
    loss.backward()
    with torch.no_grad():
        base = loss_fn(w, b)
        fd_w = (loss_fn(w + delta, b) - base) / delta
        fd_b = (loss_fn(w, b + delta) - base) / delta
    return loss, fd_w.item(), fd_b.item()
