r"""x.grad not reset after the first pass.

fails: grad_reset
diagnosis: None|x\.grad
description: does not reset x.grad after step 1, so it still holds the first gradient
mistakes: accumulation
"""

import torch


def find_nan_gradient(x):
    (x * torch.sqrt(x)).sum().backward()
    plain = x.grad.clone()
    err = None
    with torch.autograd.detect_anomaly():
        try:
            (x * torch.sqrt(x)).sum().backward()
        except RuntimeError as e:
            err = e
    return plain, err
