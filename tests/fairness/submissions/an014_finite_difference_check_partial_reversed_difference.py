import torch

def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def L(w_, b_):
        t_p = w_ * t_u + b_
        return torch.mean((t_p - t_c) ** 2)

    loss = L(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = float((L(w - delta, b) - L(w + delta, b)) / (2 * delta))
        fd_b = float((L(w, b - delta) - L(w, b + delta)) / (2 * delta))
    return loss, fd_w, fd_b
