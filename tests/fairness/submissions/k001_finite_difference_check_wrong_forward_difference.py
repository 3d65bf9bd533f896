import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_fn(w_, b_):
        return ((w_ * t_u + b_ - t_c) ** 2).mean()

    loss = loss_fn(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = (loss_fn(w + delta, b) - loss) / delta
        fd_b = (loss_fn(w, b + delta) - loss) / delta
    return (loss, fd_w.item(), fd_b.item())
