import torch


def _loss(w, b, t_u, t_c):
    return torch.mean((w * t_u + b - t_c) ** 2)


@torch.no_grad()
def _central(fn, delta):
    return ((fn(delta) - fn(-delta)) / (2 * delta)).item()


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = _loss(w, b, t_u, t_c)
    loss.backward()
    fd_w = _central(lambda d: _loss(w + d, b, t_u, t_c), delta)
    fd_b = _central(lambda d: _loss(w, b + d, t_u, t_c), delta)
    return loss, fd_w, fd_b
