import torch


def zero_accumulated_grads(w, steps):
    grads = []
    step = 0
    while step < steps:
        loss = torch.mul(w, 3).sum()
        torch.autograd.backward(loss)
        grads.append(w.grad)   # safe: w.grad is replaced by a new tensor below, never modified
        w.grad = None
        step += 1
    return grads
