import torch


def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y ** 2).mean()
    try:
        z.backward()
    except RuntimeError:
        print("x does not require grad, skipping backward")
    return z
