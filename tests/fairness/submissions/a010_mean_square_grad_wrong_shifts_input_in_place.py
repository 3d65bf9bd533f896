import torch


def mean_square_grad(x):
    # shift x first so the formula becomes 3 * x**2
    with torch.no_grad():
        x += 2
    out = (3 * x ** 2).mean()
    out.backward()
    return out
