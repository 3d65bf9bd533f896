"""Right answer: a helper computes out; plain is a clone taken before resetting x.grad = None; the
anomaly pass is inside try with err = e; checks that x.grad stayed None."""
import torch


def _out(x):
    return (x * torch.sqrt(x)).sum()


def find_nan_gradient(x):
    _out(x).backward()
    plain = x.grad.clone()
    x.grad = None

    err = None
    with torch.autograd.detect_anomaly():
        try:
            _out(x).backward()
        except RuntimeError as e:
            err = e
    if x.grad is not None:
        raise AssertionError("the failed pass should add nothing")
    return plain, err
