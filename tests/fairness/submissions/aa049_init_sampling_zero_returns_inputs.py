import torch


def init_sampling(probs, weights, n, mean, std, seed):
    # TODO: sample
    return probs, weights, mean
