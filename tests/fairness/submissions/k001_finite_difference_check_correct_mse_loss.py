import torch
import torch.nn.functional as F


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = F.mse_loss(w * t_u + b, t_c)
    torch.autograd.backward(loss)
    with torch.no_grad():
        lw_p = F.mse_loss((w + delta) * t_u + b, t_c)
        lw_m = F.mse_loss((w - delta) * t_u + b, t_c)
        lb_p = F.mse_loss(w * t_u + (b + delta), t_c)
        lb_m = F.mse_loss(w * t_u + (b - delta), t_c)
    fd_w = float((lw_p - lw_m) / (2.0 * delta))
    fd_b = float((lb_p - lb_m) / (2.0 * delta))
    return (loss, fd_w, fd_b)
