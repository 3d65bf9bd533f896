import numpy as np
import torch


def quadratic_backward_ones(x):
    f = 2 * torch.square(x) + 5 * x + 6
    v = f.new_ones(f.size())
    f.backward(v)
    print("f =", f)
    print("df/dx =", x.grad)
    return f
