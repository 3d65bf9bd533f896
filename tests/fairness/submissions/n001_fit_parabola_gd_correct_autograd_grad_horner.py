import torch


def _loss(coeffs, x, y):
    a, b, c = coeffs.unbind()
    pred = (a * x + b) * x + c
    return ((pred - y) ** 2).sum() / len(y)


def fit_parabola_gd(x, y, lr, steps):
    coeffs = torch.zeros(3, requires_grad=True)
    for i in range(steps):
        loss = _loss(coeffs, x, y)
        (grad,) = torch.autograd.grad(loss, coeffs)
        with torch.no_grad():
            coeffs -= lr * grad
        if i % 5 == 0:
            print(f"step {i}: loss {loss.item():.6f}")
    final_loss = _loss(coeffs, x, y).item()
    return coeffs, final_loss
