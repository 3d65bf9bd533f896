import torch


def backward_untracked_mean(x):
    # Write your code here, then delete the next line (it marks the exercise as not done).
    raise NotImplementedError
