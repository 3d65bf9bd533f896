import torch


def mean_square_grad(x):
    out = torch.mean(3 * torch.square(x + 2))
    out.backward(gradient=torch.ones_like(out))
    return out
