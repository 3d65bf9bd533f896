import torch


def _loss(params, t_u, t_c):
    w, b = params
    return ((w * t_u + b - t_c) ** 2).mean()


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = _loss((w, b), t_u, t_c)
    loss.backward()

    base = [w.detach(), b.detach()]
    estimates = []
    with torch.no_grad():
        for i in range(2):
            plus = list(base)
            minus = list(base)
            plus[i] = base[i] + delta
            minus[i] = base[i] - delta
            diff = _loss(plus, t_u, t_c) - _loss(minus, t_u, t_c)
            estimates.append((diff / (2 * delta)).item())
    fd_w, fd_b = estimates
    return loss, fd_w, fd_b
