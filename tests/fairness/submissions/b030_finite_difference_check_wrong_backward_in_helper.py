import torch


def loss_and_backward(w, b, t_u, t_c):
    loss = ((w * t_u + b - t_c) ** 2).mean()
    loss.backward()
    return loss


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = loss_and_backward(w, b, t_u, t_c)
    fd_w = (loss_and_backward(w + delta, b, t_u, t_c)
            - loss_and_backward(w - delta, b, t_u, t_c)) / (2 * delta)
    fd_b = (loss_and_backward(w, b + delta, t_u, t_c)
            - loss_and_backward(w, b - delta, t_u, t_c)) / (2 * delta)
    return loss, fd_w.item(), fd_b.item()
