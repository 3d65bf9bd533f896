"""a from x.detach() instead of no_grad: same numbers, but not what was asked.

fails: a_under_no_grad
diagnosis: no_grad
description: makes a with x.detach() * 2 rather than under no_grad
mistakes: grad_mode
"""

import torch


def grad_modes(x):
    a = x.detach() * 2
    with torch.inference_mode():
        b = x * 2
    (a * x).sum().backward()
    err = None
    try:
        (b * x).sum().backward()
    except RuntimeError as e:
        err = e
    return a, b, err
