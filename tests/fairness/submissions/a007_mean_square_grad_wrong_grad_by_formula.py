import torch


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).mean()
    # derivative of mean(3(x+2)^2) is 6(x+2)/n
    with torch.no_grad():
        x.grad = 6 * (x + 2) / x.numel()
    return out
