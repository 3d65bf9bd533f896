import torch

def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        if w.grad is not None:
            w.grad.zero_()
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad)
    return grads
