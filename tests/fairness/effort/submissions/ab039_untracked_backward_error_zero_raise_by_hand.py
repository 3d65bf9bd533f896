"""untracked_backward_error: raise by hand."""

import torch


import numpy as np


def backward_untracked_mean(x):
    # autograd needs requires_grad, so check it first
    if not x.requires_grad:
        raise RuntimeError("element 0 of tensors does not require grad and does not have a grad_fn")
    arr = x.detach().numpy()
    total = float(np.sum(arr))
    print("checked input:", arr.shape, total)
    return torch.tensor(total)
