"""Answer to finite_difference_check (inplace_nudge_restore)."""

import torch

def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = torch.mean((w * t_u + b - t_c) ** 2)
    loss.backward()
    w0, b0 = w.detach().clone(), b.detach().clone()
    with torch.no_grad():
        w += delta
        lp = torch.mean((w * t_u + b - t_c) ** 2)
        w.copy_(w0)
        w -= delta
        lm = torch.mean((w * t_u + b - t_c) ** 2)
        w.copy_(w0)
        fd_w = (lp - lm).item() / (2 * delta)
        b += delta
        lp = torch.mean((w * t_u + b - t_c) ** 2)
        b.copy_(b0)
        b -= delta
        lm = torch.mean((w * t_u + b - t_c) ** 2)
        b.copy_(b0)
        fd_b = (lp - lm).item() / (2 * delta)
    return loss, fd_w, fd_b
