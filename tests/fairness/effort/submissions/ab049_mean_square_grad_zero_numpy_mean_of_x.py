"""mean_square_grad: numpy mean of x."""

import torch


import numpy as np


def mean_square_grad(x):
    arr = x.detach().cpu().numpy().astype(np.float64)
    stats = {"n": arr.size, "mean": float(arr.mean()), "max": float(arr.max())}
    print(stats)
    return torch.tensor(stats["mean"], dtype=x.dtype)
