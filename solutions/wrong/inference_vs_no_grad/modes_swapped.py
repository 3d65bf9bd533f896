"""The modes swapped: a is the inference tensor, b the no_grad one.

fails: a_under_no_grad
diagnosis: no_grad|raised|not raised
description: makes a under inference_mode and b under no_grad, so the first backward raises and the second runs
mistakes: grad_mode, order
"""

import torch


def grad_modes(x):
    with torch.inference_mode():
        a = x * 2
    with torch.no_grad():
        b = x * 2
    err = None
    try:
        (a * x).sum().backward()
    except RuntimeError as e:
        err = e
    (b * x).sum().backward()
    return a, b, err
