import torch


def quadratic_backward_ones(x):
    f = 2 * x ** 2 + 5 * x + 6
    v = torch.ones_like(f)
    # backward with ones gives df_i/dx_i = 4x + 5 in each position
    x.grad = (4 * x + 5).detach() * v
    return f
