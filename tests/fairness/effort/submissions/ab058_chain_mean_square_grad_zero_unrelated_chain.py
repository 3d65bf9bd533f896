"""chain_mean_square_grad: unrelated chain."""

import torch


def square_chain(x):
    steps = [x, x * 2, x.mean()]
    for s in steps:
        print(s.shape, s.grad_fn)
    return tuple(steps)
