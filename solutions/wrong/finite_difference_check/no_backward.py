r"""Wrong: only the finite differences; backward() is never called, so w.grad stays None.

fails: w_grad, b_grad, backward_once, grads_hidden, b_grad_hidden
diagnosis: autograd never ran|backward\(\) was not called
description: computes the loss and the differences but never calls backward()
mistakes: no_backward
"""

import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_at(w_, b_):
        return ((w_ * t_u + b_ - t_c) ** 2).mean()

    loss = loss_at(w, b)
    with torch.no_grad():
        fd_w = (loss_at(w + delta, b) - loss_at(w - delta, b)) / (2 * delta)
        fd_b = (loss_at(w, b + delta) - loss_at(w, b - delta)) / (2 * delta)
    return loss, fd_w.item(), fd_b.item()
