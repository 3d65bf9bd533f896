"""nonscalar_backward_error: raise by hand."""

import torch


def unreduced_backward(x):
    if x.numel() > 1:
        raise RuntimeError("grad can be implicitly created only for scalar outputs")
    return x
