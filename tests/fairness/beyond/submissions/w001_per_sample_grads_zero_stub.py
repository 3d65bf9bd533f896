import torch


def per_sample_grads(w, xs, ys):
    # Write your code here, then delete the next line (it marks the exercise as not done).
    raise NotImplementedError
