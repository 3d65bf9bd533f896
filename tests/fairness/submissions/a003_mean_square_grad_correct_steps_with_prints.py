import torch
import numpy as np


def mean_square_grad(x):
    y = x + 2
    z = 3 * y * y
    out = z.mean()
    print("out =", out.item())
    out.backward()
    print("x.grad =", x.grad)
    return out


if __name__ == "__main__":
    x = torch.ones(2, 2, requires_grad=True)
    mean_square_grad(x)
