import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = ((w * t_u + b - t_c) ** 2).mean()
    loss.backward()

    # finite differences in single precision, like the tutorial
    wf, bf = w.detach().float(), b.detach().float()
    tu, tc = t_u.float(), t_c.float()
    L = lambda ww, bb: ((ww * tu + bb - tc) ** 2).mean()
    fd_w = ((L(wf + delta, bf) - L(wf - delta, bf)) / (2 * delta)).item()
    fd_b = ((L(wf, bf + delta) - L(wf, bf - delta)) / (2 * delta)).item()
    return loss, fd_w, fd_b
