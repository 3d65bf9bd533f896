import torch


def hook_scale_path(x):
    # Write your code here, then delete the next line (it marks the exercise as not done).
    raise NotImplementedError
