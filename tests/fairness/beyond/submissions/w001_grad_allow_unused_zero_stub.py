import torch


def partial_grads(x, y, z):
    # Write your code here, then delete the next line (it marks the exercise as not done).
    raise NotImplementedError
