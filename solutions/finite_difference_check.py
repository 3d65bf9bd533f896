"""Reference solution: finite_difference_check."""

import torch


def _model(t_u: torch.Tensor, w: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return w * t_u + b


def _loss(t_p: torch.Tensor, t_c: torch.Tensor) -> torch.Tensor:
    return ((t_p - t_c) ** 2).mean()


def central_difference_vs_autograd(
    w: torch.Tensor, b: torch.Tensor, t_u: torch.Tensor, t_c: torch.Tensor, delta: float
) -> tuple[torch.Tensor, float, float]:
    loss = _loss(_model(t_u, w, b), t_c)
    loss.backward()
    with torch.no_grad():
        fd_w = (_loss(_model(t_u, w + delta, b), t_c) - _loss(_model(t_u, w - delta, b), t_c)) / (2 * delta)
        fd_b = (_loss(_model(t_u, w, b + delta), t_c) - _loss(_model(t_u, w, b - delta), t_c)) / (2 * delta)
    return loss, fd_w.item(), fd_b.item()
