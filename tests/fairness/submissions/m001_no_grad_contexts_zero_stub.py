import torch


def no_grad_variants(t):
    # Write your code here, then delete the next line (it marks the exercise as not done).
    raise NotImplementedError
