import torch

def linear_partials(x, w, b):
    y = w * x + b
    x.grad = w.detach().clone()
    w.grad = x.detach().clone()
    b.grad = torch.ones_like(b)
    return y
