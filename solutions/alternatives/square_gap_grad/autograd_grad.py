"""torch.autograd.grad for the gradient, written into p.grad, instead of loss.backward()."""

import torch


def square_gap_grad(p):
    w = p * p
    loss = torch.sum(torch.square(p - w))
    (grad,) = torch.autograd.grad(loss, p)
    p.grad = grad
    return loss
