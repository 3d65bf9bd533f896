import torch


def fit_parabola_gd(x, y, lr, steps):
    a = torch.zeros((), requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    c = torch.zeros((), requires_grad=True)
    opt = torch.optim.SGD([a, b, c], lr=lr)
    for _ in range(steps):
        pred = a * x ** 2 + b * x + c
        loss = ((pred - y) ** 2).mean()
        loss.backward()
        opt.step()
        opt.zero_grad()
    with torch.no_grad():
        final_loss = ((a * x ** 2 + b * x + c - y) ** 2).mean().item()
    return torch.stack([a, b, c]).detach(), final_loss
