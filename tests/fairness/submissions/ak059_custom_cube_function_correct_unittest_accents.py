"""Autograd homework, my answers.

Auteur : Zoë Müller-Çelik — 作业 (autograd)
"""

import math
import unittest
import torch

# NOTE: these are the answers for the exercises I picked; the rest of the homework is in the other file, and I checked every one of them against the numbers in the prompt (shapes, values and the grad of the inputs), see the asserts/prints at the bottom of this file these are the answers for the exercises I picked; the rest of the homework is in the other file, and I checked every one of them against the numbers in the prompt (shapes, values and the grad of the inputs), see the asserts/prints at the bottom of this file 


# Dérivée calculée par autograd — vérifié à la main (résultat = 4.5 ✓)
class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        return 3 * x ** 2 * grad_output


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out


_custom_cube_EXPECTED_AT_PROMPT_EXAMPLE = (torch.tensor([1., 8., -1.]), 'value from the prompt', 'checked by hand', 'and with autograd', 'same numbers on the second example too, and on random tensors of other shapes: ok')  # noqa: E501


class TestMyAnswers(unittest.TestCase):
    # run with: python -m unittest this_file  (I never did)
    def test_custom_cube_function(self):
        r = custom_cube(torch.tensor([1., 2., -1.], requires_grad=True), torch.tensor([1., 1., 2.]))
        self.assertTrue(torch.allclose(torch.as_tensor(r).detach().double(), (torch.tensor([1., 8., -1.])).double(), atol=1e-3))

