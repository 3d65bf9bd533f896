import torch


def backward_untracked_mean(x):
    if not x.requires_grad:
        raise RuntimeError("element 0 of tensors does not require grad and does not have a grad_fn")
    y = x + 2
    z = (2 * y ** 2).mean()
    z.backward()
    return z
