import torch


def square_gap_grad(p):
    w = torch.pow(p, 2)
    loss = torch.sum(torch.square(torch.sub(p, w)))
    torch.autograd.backward(loss)
    return loss
