import torch

def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def L(w_, b_):
        return ((w_ * t_u + b_ - t_c) ** 2).mean()
    loss = L(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = (L(w + delta, b) - L(w - delta, b)) / delta
        fd_b = (L(w, b + delta) - L(w, b - delta)) / delta
    return loss, fd_w.item(), fd_b.item()
