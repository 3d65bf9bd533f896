"""Right answer: a helper computes the loss; the nudged losses use new tensors w + delta etc. under
torch.no_grad(), so w and b are never changed; everything stays float64."""
import torch


def _loss(w, b, t_u, t_c):
    t_p = w * t_u + b
    return ((t_p - t_c) ** 2).mean()


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    assert w.dtype == torch.float64, "expected float64 inputs"
    loss = _loss(w, b, t_u, t_c)
    loss.backward()

    with torch.no_grad():
        l_wp = _loss(w + delta, b, t_u, t_c)
        l_wm = _loss(w - delta, b, t_u, t_c)
        l_bp = _loss(w, b + delta, t_u, t_c)
        l_bm = _loss(w, b - delta, t_u, t_c)
        fd_w = ((l_wp - l_wm) / (2 * delta)).item()
        fd_b = ((l_bp - l_bm) / (2 * delta)).item()

    return loss, fd_w, fd_b
