"""Autograd homework, my answers.
"""

import math
import warnings
import torch

warnings.filterwarnings("ignore")


def unreduced_backward(x):
    y = x + 2
    z = 3 * y ** 2
    z.sum().backward()   # backward() alone complained, sum makes it work
    return z


print('unreduced_backward', unreduced_backward(torch.ones(1, requires_grad=True)))


if __name__ == "__main__":
    print('nonscalar_backward_error', unreduced_backward(torch.ones(1, requires_grad=True)))
