import torch


def per_sample_grads(w, xs, ys):
    b, d = xs.shape
    out = torch.zeros(b, d, dtype=w.dtype)
    for k in range(b - 1):
        wk = w.detach().clone().requires_grad_(True)
        loss = (torch.dot(wk, xs[k]) - ys[k]) ** 2
        loss.backward()
        out[k] = wk.grad
    return out
