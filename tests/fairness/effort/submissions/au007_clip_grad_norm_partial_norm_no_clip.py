import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    norm = w.grad.norm()
    # TODO: clip w.grad
    return norm
