import torch


def per_sample_grads(w, xs, ys):
    grads = []
    for x, y in zip(xs, ys):
        w_ = w.detach().requires_grad_()
        (g,) = torch.autograd.grad((w_ @ x - y) ** 2, w_)
        grads.append(g)
    return torch.stack(grads, dim=1)
