import torch


def unreduced_backward(x):
    raise RuntimeError("grad can be implicitly created only for scalar outputs")
