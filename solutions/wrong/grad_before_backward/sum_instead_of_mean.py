"""Wrong: sum() where the mean was asked for (6x too large).

fails: out_grad_fn, out_value, t1_grad, grad_after
diagnosis: sum where a mean
description: reduces with sum() where the mean was asked for
mistakes: sum_vs_mean
"""

import torch

gb_t1 = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
gb_t2 = torch.tensor([[7.0, 8.0, 9.0], [10.0, 11.0, 12.0]])
gb_grad_before = gb_t1.grad
gb_grad_fn_before = gb_t1.grad_fn
gb_prod = gb_t1 * gb_t2
gb_out = gb_prod.sum()
gb_out.backward()
gb_grad_after = gb_t1.grad
