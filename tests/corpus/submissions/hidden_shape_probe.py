"""Returns results of the wrong shape and length to read the hidden cases' sizes in the feedback.

"expected shape (3,), found (1,)" on a hidden case told the hidden input's
size. Wrong answers everywhere.
"""
import torch


def square_sum(x):
    return torch.zeros(1)


def triple(x):
    return torch.zeros(1)


def mean_item(x):
    return [0.0]
