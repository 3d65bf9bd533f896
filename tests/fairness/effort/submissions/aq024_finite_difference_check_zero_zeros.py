import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    return torch.zeros((), dtype=torch.float64), 0.0, 0.0
