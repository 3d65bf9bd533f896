"""Correct: a closure builds out = sum(x * sqrt(x)); plain backward and cloned gradient, grad reset to None,
then the anomaly pass whose RuntimeError is kept (its warning silenced)."""
import warnings

import torch


def find_nan_gradient(x):
    def forward():
        return (x * torch.sqrt(x)).sum()

    forward().backward()
    plain = x.grad.clone()
    x.grad = None

    err = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with torch.autograd.detect_anomaly():
            try:
                forward().backward()
            except RuntimeError as e:
                err = e
    return plain, err
