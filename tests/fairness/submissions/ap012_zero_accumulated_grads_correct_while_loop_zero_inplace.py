import torch


def _one_step(w):
    (w * 3).sum().backward()
    snapshot = w.grad.detach().clone()
    w.grad.zero_()
    return snapshot


def zero_accumulated_grads(w, steps):
    recorded = []
    done = 0
    while done < steps:
        recorded.append(_one_step(w))
        done += 1
    return recorded
