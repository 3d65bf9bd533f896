import torch


def model(t_u, w, b):
    return w * t_u + b


def loss_fn(t_p, t_c):
    squared_diffs = (t_p - t_c) ** 2
    return squared_diffs.mean()


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = loss_fn(model(t_u, w, b), t_c)
    loss.backward()
    with torch.no_grad():
        fd_w = (loss_fn(model(t_u, w + delta, b), t_c)
                - loss_fn(model(t_u, w - delta, b), t_c)) / (2.0 * delta)
        fd_b = (loss_fn(model(t_u, w, b + delta), t_c)
                - loss_fn(model(t_u, w, b - delta), t_c)) / (2.0 * delta)
    return loss, fd_w.item(), fd_b.item()
