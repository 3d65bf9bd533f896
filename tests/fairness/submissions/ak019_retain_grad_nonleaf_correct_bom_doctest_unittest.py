"""Autograd homework, my answers.
"""

import math
import unittest
import torch


def retained_nonleaf_grad(p):
    """Exercise `retain_grad_nonleaf`.

    >>> import torch
    >>> r = retained_nonleaf_grad(torch.tensor([0.5, -1.0, 2.0], requires_grad=True))
    >>> bool(torch.allclose(torch.as_tensor(r).double(), (torch.tensor([5., -10., 20.])).double(), atol=1e-4))
    True
    """
    w = 10 * p
    w.retain_grad()
    l = (w ** 2).sum()
    l.backward()
    return w


class TestMyAnswers(unittest.TestCase):
    # run with: python -m unittest this_file  (I never did)
    def test_retain_grad_nonleaf(self):
        r = retained_nonleaf_grad(torch.tensor([0.5, -1.0, 2.0], requires_grad=True))
        self.assertTrue(torch.allclose(torch.as_tensor(r).detach().double(), (torch.tensor([5., -10., 20.])).double(), atol=1e-3))

