"""Autograd homework, my answers.
"""

import math
import warnings
from dataclasses import dataclass, field
import unittest
import torch

warnings.filterwarnings("ignore")


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad)
        w.grad.zero_()
    return grads


@dataclass
class Example:
    """One worked example from the prompt."""
    name: str
    expected: torch.Tensor
    notes: list[str] = field(default_factory=list)


EXAMPLES: list[Example] = [
    Example('zero_accumulated_grads', torch.tensor([3., 3., 3., 3.])),
]


class TestMyAnswers(unittest.TestCase):
    # run with: python -m unittest this_file  (I never did)
    def test_zero_accumulated_grads(self):
        r = zero_accumulated_grads(torch.ones(4, requires_grad=True), 3)[-1]
        self.assertTrue(torch.allclose(torch.as_tensor(r).detach().double(), (torch.tensor([3., 3., 3., 3.])).double(), atol=1e-3))

