import torch


def parabola_minimum(x, lr, steps):
    i = 0
    while i < steps:
        y = 3 * x ** 2 + 2 * x - 1.2
        y.backward()
        print(f"step {i}: x = {x.item():.6f}, y = {y.item():.6f}, dy/dx = {x.grad.item():.6f}")
        with torch.no_grad():
            x -= lr * x.grad
            x.grad.zero_()
        i += 1
    y_final = 3 * x ** 2 + 2 * x - 1.2
    print("final x:", x.item(), "f(x):", y_final.item())
    return float(y_final.detach())
