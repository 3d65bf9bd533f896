import torch


def linear_partials(x, w, b):
    y = x.mul(w).add(b)
    torch.autograd.backward(y, inputs=[x, w, b])
    return y
