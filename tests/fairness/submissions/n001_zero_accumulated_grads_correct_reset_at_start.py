import torch


def zero_accumulated_grads(w, steps):
    grads = []
    for i in range(steps):
        if w.grad is not None:
            w.grad.zero_()
        loss = torch.sum(w * 3)
        loss.backward()
        grads.append(w.grad.clone())
    return grads
