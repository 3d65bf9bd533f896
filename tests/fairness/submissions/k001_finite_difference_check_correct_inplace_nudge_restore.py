import torch


def model(t_u, w, b):
    return w * t_u + b


def loss_fn(t_p, t_c):
    return ((t_p - t_c) ** 2).mean()


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = loss_fn(model(t_u, w, b), t_c)
    loss.backward()

    w_orig = w.detach().clone()
    b_orig = b.detach().clone()
    with torch.no_grad():
        w += delta
        l_plus = loss_fn(model(t_u, w, b), t_c)
        w.copy_(w_orig - delta)
        l_minus = loss_fn(model(t_u, w, b), t_c)
        w.copy_(w_orig)
        fd_w = float((l_plus - l_minus) / (2 * delta))

        b += delta
        l_plus = loss_fn(model(t_u, w, b), t_c)
        b.copy_(b_orig - delta)
        l_minus = loss_fn(model(t_u, w, b), t_c)
        b.copy_(b_orig)
        fd_b = float((l_plus - l_minus) / (2 * delta))
    return loss, fd_w, fd_b
