import torch


def init_sampling(probs, weights, n, mean, std, seed):
    # Write your code here, then delete the next line (it marks the exercise as not done).
    raise NotImplementedError
