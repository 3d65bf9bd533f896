import torch


def _squares(p):
    return p ** 2


def _gap_loss(p, w):
    return ((p - w) ** 2).sum()


def square_gap_grad(p):
    w = _squares(p)
    loss = _gap_loss(p, w)
    torch.autograd.backward((loss,), grad_tensors=(torch.ones_like(loss),))
    return loss
