import torch


def linear_partials(x, w, b):
    # Compute y = w * x + b, call y.backward() once, and return y.
    y = w * x + b
    # TODO backward
    pass
