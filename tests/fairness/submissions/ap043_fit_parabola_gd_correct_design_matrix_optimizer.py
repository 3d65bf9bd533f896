import torch


def fit_parabola_gd(x, y, lr, steps):
    X = torch.stack([x ** 2, x, torch.ones_like(x)], dim=1)
    coeffs = torch.zeros(3, dtype=x.dtype, requires_grad=True)
    opt = torch.optim.SGD([coeffs], lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        loss = ((X @ coeffs - y) ** 2).mean()
        loss.backward()
        opt.step()
    with torch.no_grad():
        final_loss = ((X @ coeffs - y) ** 2).mean().item()
    return coeffs.detach(), final_loss
