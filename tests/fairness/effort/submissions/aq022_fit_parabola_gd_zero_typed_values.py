import torch


def fit_parabola_gd(x, y, lr, steps):
    coeffs = torch.tensor([-0.58621, 1.17433, -0.84555])
    return coeffs, 0.0210406
