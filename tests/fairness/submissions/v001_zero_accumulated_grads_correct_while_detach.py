import torch

def zero_accumulated_grads(w, steps):
    out = []
    n = 0
    while n < steps:
        if w.grad is not None:
            w.grad.zero_()
        loss = torch.sum(3 * w)
        loss.backward()
        out.append(w.grad.detach().clone())
        n += 1
    return out
