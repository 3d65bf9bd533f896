import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = torch.mean((w * t_u + b - t_c) ** 2)
    loss.backward()

    wd, bd = w.detach(), b.detach()

    def L(ww, bb):
        return torch.mean((ww * t_u + bb - t_c) ** 2)

    fd_w = ((L(wd + delta, bd) - L(wd - delta, bd)) / (2 * delta)).item()
    fd_b = ((L(wd, bd + delta) - L(wd, bd - delta)) / (2 * delta)).item()
    print(f"autograd: {w.grad.item():.6f} {b.grad.item():.6f}  fd: {fd_w:.6f} {fd_b:.6f}")
    return (loss, fd_w, fd_b)
