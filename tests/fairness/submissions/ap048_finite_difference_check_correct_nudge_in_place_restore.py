import torch


def _loss(w, b, t_u, t_c):
    t_p = w * t_u + b
    return ((t_p - t_c) ** 2).mean()


def _central(param, others, delta):
    saved = param.detach().clone()
    with torch.no_grad():
        param.add_(delta)
        up = _loss(*others())
        param.copy_(saved)
        param.sub_(delta)
        down = _loss(*others())
        param.copy_(saved)
    return float((up - down) / (2 * delta))


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = _loss(w, b, t_u, t_c)
    torch.autograd.backward(loss)
    args = lambda: (w, b, t_u, t_c)
    fd_w = _central(w, args, delta)
    fd_b = _central(b, args, delta)
    return (loss, fd_w, fd_b)
