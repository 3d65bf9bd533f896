import torch


def parabola_minimum(x, lr, steps):
    # Write your code here, then delete the next line (it marks the exercise as not done).
    raise NotImplementedError
