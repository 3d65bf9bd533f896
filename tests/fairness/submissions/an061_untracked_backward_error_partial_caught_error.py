import torch

def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y ** 2).mean()
    try:
        z.backward()
    except RuntimeError as e:
        print("backward failed:", e)
    return z
