"""Tracking switched on with requires_grad_() after creation; gb_t2 left as an integer tensor."""

import torch

gb_t1 = torch.arange(1.0, 7.0).reshape(2, 3).requires_grad_()
gb_t2 = torch.tensor([[7, 8, 9], [10, 11, 12]])

gb_grad_before, gb_grad_fn_before = gb_t1.grad, gb_t1.grad_fn

gb_prod = gb_t1 * gb_t2
gb_out = gb_prod.mean()
gb_out.backward()

gb_grad_after = gb_t1.grad
