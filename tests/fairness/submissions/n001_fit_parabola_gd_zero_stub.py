import torch


def fit_parabola_gd(x, y, lr, steps):
    # Write your code here, then delete the next line (it marks the exercise as not done).
    raise NotImplementedError
