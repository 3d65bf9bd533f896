"""The message kept instead of the exception object.

fails: anomaly_error, hidden
diagnosis: exception|type
description: keeps str(err) instead of the exception object
mistakes: type
"""

import torch


def find_nan_gradient(x):
    (x * torch.sqrt(x)).sum().backward()
    plain = x.grad.clone()
    x.grad = None
    err = None
    with torch.autograd.detect_anomaly():
        try:
            (x * torch.sqrt(x)).sum().backward()
        except RuntimeError as e:
            err = str(e)
    return plain, err
