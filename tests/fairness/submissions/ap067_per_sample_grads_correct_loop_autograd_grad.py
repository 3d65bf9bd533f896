import torch


def per_sample_grads(w, xs, ys):
    rows = []
    for xk, yk in zip(xs, ys):
        wk = w.detach().clone().requires_grad_(True)
        loss = (torch.dot(wk, xk) - yk) ** 2
        (gk,) = torch.autograd.grad(loss, wk)
        rows.append(gk)
    return torch.stack(rows)
