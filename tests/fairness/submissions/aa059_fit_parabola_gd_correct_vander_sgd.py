import torch
import torch.nn.functional as F


def fit_parabola_gd(x, y, lr, steps):
    V = torch.vander(x, N=3)          # columns x^2, x, 1
    coeffs = torch.zeros(3, requires_grad=True)
    opt = torch.optim.SGD([coeffs], lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        F.mse_loss(torch.mv(V, coeffs), y).backward()
        opt.step()
    with torch.inference_mode():
        final_loss = F.mse_loss(torch.mv(V, coeffs), y).item()
    return coeffs, final_loss
