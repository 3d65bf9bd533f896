import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        g64 = w.grad.double()
        norm64 = g64.pow(2).sum().sqrt()
        if norm64 > 1.0:
            w.grad = (g64 / (norm64 + 1e-6)).to(w.grad.dtype)
        norm = norm64.to(w.dtype)
    return norm
