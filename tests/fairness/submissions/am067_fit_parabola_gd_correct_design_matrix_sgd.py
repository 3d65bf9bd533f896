import torch


def fit_parabola_gd(x, y, lr, steps):
    X = torch.stack((x * x, x, torch.ones_like(x)), dim=-1)
    coeffs = torch.zeros(3, requires_grad=True)
    opt = torch.optim.SGD([coeffs], lr=lr)
    mse = torch.nn.MSELoss()
    step = 0
    while step < steps:
        opt.zero_grad(set_to_none=True)
        mse(X @ coeffs, y).backward()
        opt.step()
        step += 1
    return coeffs.detach(), mse(X @ coeffs, y).item()
