"""Autograd homework, my answers.
"""

import math
import torch

torch.manual_seed(0)


def square_gap_grad(p):
	"""Exercise `square_gap_grad`.

	>>> import torch
	>>> r = square_gap_grad(torch.tensor([1., 3., 2., 2.], requires_grad=True))
	>>> bool(torch.allclose(torch.as_tensor(r).double(), (torch.tensor(44.)).double(), atol=1e-4))
	True
	"""
	w = p ** 2
	loss = ((p - w) ** 2).sum()
	loss.backward()
	return loss


def linear_partials(x, w, b):
	"""Exercise `linear_partials`.

	>>> import torch
	>>> r = linear_partials(torch.tensor([4.], requires_grad=True), torch.tensor([2.], requires_grad=True), torch.tensor([3.], requires_grad=True))
	>>> bool(torch.allclose(torch.as_tensor(r).double(), (torch.tensor([11.])).double(), atol=1e-4))
	True
	"""
	y = w * x + b
	y.backward()
	return y
