import torch


def per_sample_grads(w, xs, ys):
    # one copy of w per sample: the gradient of the summed loss w.r.t. copy k
    # is the gradient of sample k's loss alone
    W = w.detach().unsqueeze(0).repeat(xs.shape[0], 1).requires_grad_()
    losses = ((W * xs).sum(dim=1) - ys) ** 2
    losses.sum().backward()
    return W.grad
