"""Anomaly mode on for the forward pass only: the backward is not checked.

fails: anomaly_error, grad_reset, hidden
diagnosis: not raised|No RuntimeError|raise
description: calls backward() outside the detect_anomaly() block (only the forward is inside), so nothing is checked and no error is raised
mistakes: exception
"""

import torch


def find_nan_gradient(x):
    (x * torch.sqrt(x)).sum().backward()
    plain = x.grad.clone()
    x.grad = None
    with torch.autograd.detect_anomaly():
        out = (x * torch.sqrt(x)).sum()
    err = None
    try:
        out.backward()
    except RuntimeError as e:
        err = e
    return plain, err
