import torch


def unreduced_backward(x):
    y = x + 2
    z = 3 * y ** 2
    try:
        z.backward()
    except RuntimeError as e:
        print("backward failed:", e)
    return z
