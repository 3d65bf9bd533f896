"""Autograd homework, my answers.
"""

import math
import warnings
import torch

warnings.filterwarnings("ignore")


def grad_modes(x):
    with torch.no_grad():
        a = x * 2
    with torch.inference_mode():
        b = x * 2
    (a * x).sum().backward()
    err = None
    try:
        (b * x).sum().backward()
    except RuntimeError as e:
        err = e
    return a, b, err


def find_nan_gradient(x):
    out = (x * torch.sqrt(x)).sum()
    out.backward()
    plain = x.grad.clone()
    x.grad = None
    err = None
    with torch.autograd.detect_anomaly():
        out = (x * torch.sqrt(x)).sum()
        try:
            out.backward()
        except RuntimeError as e:
            err = e
    return plain, err


# quick self-test on the prompt example
assert torch.allclose(torch.as_tensor(grad_modes(torch.tensor([1., 2.], requires_grad=True))[0]).detach().double(), (torch.tensor([2., 4.])).double(), atol=1e-3), 'example from the prompt'
assert torch.allclose(torch.as_tensor(find_nan_gradient(torch.tensor([1., 4.], requires_grad=True))[0]).detach().double(), (torch.tensor([1.5, 3.])).double(), atol=1e-3), 'example from the prompt'
