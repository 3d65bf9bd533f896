import torch


def per_sample_grads(w, xs, ys):
    b, d = xs.shape
    parts = []
    with torch.enable_grad():
        for k in range(b):
            wk = w.clone().detach().requires_grad_()
            r = wk @ xs[k] - ys[k]
            r.pow(2).backward()
            parts.append(wk.grad.clone())
            wk.grad = None
    return torch.cat(parts).view(b, d)
