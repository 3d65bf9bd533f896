"""Autograd homework, my answers.
"""

import math
from dataclasses import dataclass, field
import unittest
import torch

torch.use_deterministic_algorithms(True)


def fit_parabola_gd(x, y, lr, steps):
    coeffs = torch.zeros(3, requires_grad=True)
    def loss_fn():
        a, b, c = coeffs
        pred = a * x ** 2 + b * x + c
        return ((pred - y) ** 2).mean()
    for _ in range(steps):
        loss = loss_fn()
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
        coeffs.grad.zero_()
    with torch.no_grad():
        final_loss = loss_fn().item()
    return coeffs.detach(), final_loss


@dataclass
class Example:
    """One worked example from the prompt."""
    name: str
    expected: torch.Tensor
    notes: list[str] = field(default_factory=list)


EXAMPLES: list[Example] = [
    Example('fit_parabola_gd', torch.tensor([-0.55, 1.2, -0.81])),
]


class TestMyAnswers(unittest.TestCase):
    # run with: python -m unittest this_file  (I never did)
    def test_fit_parabola_gd(self):
        r = fit_parabola_gd(torch.linspace(-1.5, 1.5, 16), -0.55 * torch.linspace(-1.5, 1.5, 16) ** 2 + 1.2 * torch.linspace(-1.5, 1.5, 16) - 0.81, 0.4, 200)[0]
        self.assertTrue(torch.allclose(torch.as_tensor(r).detach().double(), (torch.tensor([-0.55, 1.2, -0.81])).double(), atol=1e-3))

