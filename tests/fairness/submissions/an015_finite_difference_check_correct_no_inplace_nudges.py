import torch

def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = torch.mean(torch.square(w * t_u + b - t_c))
    loss.backward()
    wd, bd = w.detach(), b.detach()
    lp_w = torch.mean(torch.square((wd + delta) * t_u + bd - t_c))
    lm_w = torch.mean(torch.square((wd - delta) * t_u + bd - t_c))
    lp_b = torch.mean(torch.square(wd * t_u + (bd + delta) - t_c))
    lm_b = torch.mean(torch.square(wd * t_u + (bd - delta) - t_c))
    fd_w = ((lp_w - lm_w) / (2 * delta)).item()
    fd_b = ((lp_b - lm_b) / (2 * delta)).item()
    return (loss, fd_w, fd_b)
