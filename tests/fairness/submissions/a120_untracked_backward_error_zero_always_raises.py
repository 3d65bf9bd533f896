import torch


def backward_untracked_mean(x):
    raise RuntimeError("element 0 of tensors does not require grad and does not have a grad_fn")
