import torch

def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = ((w * t_u + b - t_c) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        loss_plus = ((w + delta) * t_u + b - t_c).pow(2).mean()
        loss_minus = ((w - delta) * t_u + b - t_c).pow(2).mean()
        fd_w = ((loss_plus - loss_minus) / (2 * delta)).item()
        loss_plus = (w * t_u + b + delta - t_c).pow(2).mean()
        loss = (w * t_u + b - delta - t_c).pow(2).mean()
        fd_b = ((loss_plus - loss) / (2 * delta)).item()
    return loss, fd_w, fd_b
