import torch


def mean_square_grad(x):
    # Write your code here, then delete the next line (it marks the exercise as not done).
    raise NotImplementedError
