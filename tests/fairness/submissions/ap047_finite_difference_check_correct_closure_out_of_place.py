import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def L(w_, b_):
        return torch.mean((w_ * t_u + b_ - t_c) ** 2)

    loss = L(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = ((L(w + delta, b) - L(w - delta, b)) / (2 * delta)).item()
        fd_b = ((L(w, b + delta) - L(w, b - delta)) / (2 * delta)).item()
    return loss, fd_w, fd_b
