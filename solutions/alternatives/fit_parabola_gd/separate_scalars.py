"""Three scalar leaves a, b, c updated in place, stacked into a (3,) tensor at the end; prints progress."""

import torch


def fit_parabola_gd(x, y, lr, steps):
    a = torch.zeros((), requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    c = torch.zeros((), requires_grad=True)
    params = [a, b, c]

    def loss_now():
        pred = a * x * x + b * x + c
        return torch.mean(torch.square(pred - y))

    for step in range(steps):
        loss = loss_now()
        loss.backward()
        with torch.no_grad():
            for t in params:
                t -= lr * t.grad
                t.grad.zero_()
        if step % 5 == 0:
            print(f"step {step:2d}  loss {loss.item():.5f}")
    final_loss = loss_now().item()
    return torch.stack([t.detach() for t in params]), final_loss
