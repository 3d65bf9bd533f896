"""finite_difference_check: casts everything to float32 with .float() (mistake: dtype; loss and differences lose precision)."""
import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    w32, b32, u32, c32 = w.float(), b.float(), t_u.float(), t_c.float()

    def L(ww, bb):
        return ((ww * u32 + bb - c32) ** 2).mean()

    loss = L(w32, b32)
    loss.backward()
    with torch.no_grad():
        fd_w = (L(w32 + delta, b32) - L(w32 - delta, b32)) / (2 * delta)
        fd_b = (L(w32, b32 + delta) - L(w32, b32 - delta)) / (2 * delta)
    return loss, fd_w.item(), fd_b.item()
