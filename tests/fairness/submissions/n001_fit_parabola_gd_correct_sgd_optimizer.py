import torch


def fit_parabola_gd(x, y, lr, steps):
    coeffs = torch.zeros(3, requires_grad=True)
    opt = torch.optim.SGD([coeffs], lr=lr)

    def loss_fn():
        pred = coeffs[0] * x * x + coeffs[1] * x + coeffs[2]
        return torch.mean((pred - y) ** 2)

    for _ in range(steps):
        opt.zero_grad()
        loss = loss_fn()
        loss.backward()
        opt.step()
    final_loss = float(loss_fn())
    return coeffs.detach(), final_loss
