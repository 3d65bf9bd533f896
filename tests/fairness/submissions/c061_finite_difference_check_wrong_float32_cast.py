import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    t_u = t_u.float()
    t_c = t_c.float()
    def L(wv, bv):
        return ((wv.float() * t_u + bv.float() - t_c) ** 2).mean()
    loss = L(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = (L(w + delta, b) - L(w - delta, b)) / (2 * delta)
        fd_b = (L(w, b + delta) - L(w, b - delta)) / (2 * delta)
    return loss, fd_w.item(), fd_b.item()
