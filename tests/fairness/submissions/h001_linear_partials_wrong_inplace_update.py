import torch

def linear_partials(x, w, b):
    y = w * x + b
    y.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    return y
