import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    norm = w.grad.norm()
    w.grad = w.grad / (norm + 1e-6)   # rescale to norm 1
    return norm
