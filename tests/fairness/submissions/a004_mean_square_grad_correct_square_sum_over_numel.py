import torch


def mean_square_grad(x):
    # mean = sum / number of elements
    z = 3 * torch.square(x + 2)
    out = z.sum() / z.numel()
    out.backward()
    return out
