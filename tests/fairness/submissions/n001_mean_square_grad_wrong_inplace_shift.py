import torch


def mean_square_grad(x):
    # shift x by 2 first (without recording it)
    with torch.no_grad():
        x.add_(2)
    out = (3 * x ** 2).mean()
    out.backward()
    return out
