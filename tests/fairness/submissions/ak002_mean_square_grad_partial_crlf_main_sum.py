"""Autograd homework, my answers.
"""

import math
import torch


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).sum()
    out.backward()
    return out


print('mean_square_grad', mean_square_grad(torch.ones(2, 2, requires_grad=True)))


if __name__ == "__main__":
    print('mean_square_grad', mean_square_grad(torch.ones(2, 2, requires_grad=True)))
