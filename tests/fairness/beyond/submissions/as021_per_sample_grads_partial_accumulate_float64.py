import torch


def per_sample_grads(w, xs, ys):
    b, d = xs.shape
    out = torch.zeros(b, d, dtype=torch.float64)
    wc = w.detach().clone().requires_grad_(True)
    for k in range(b):
        loss = (wc @ xs[k] - ys[k]) ** 2
        loss.backward()
        out[k] = wc.grad
    return out
