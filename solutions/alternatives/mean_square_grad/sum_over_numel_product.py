"""The mean written as sum() / numel() and the square as y * y."""


def mean_square_grad(x):
    y = x + 2
    out = (3 * y * y).sum() / x.numel()
    out.backward()
    return out
