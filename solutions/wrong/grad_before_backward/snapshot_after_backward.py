r"""Wrong: everything is recorded at the end, so the "before" gradient is already filled in.

fails: grad_before_is_none
diagnosis: before calling gb_out\.backward
description: stores gb_grad_before and gb_grad_fn_before only after calling backward(), when the gradient is already filled in
example: true
mistakes: order
"""

import torch

gb_t1 = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
gb_t2 = torch.tensor([[7.0, 8.0, 9.0], [10.0, 11.0, 12.0]])
gb_prod = gb_t1 * gb_t2
gb_out = gb_prod.mean()
gb_out.backward()

gb_grad_before = gb_t1.grad
gb_grad_fn_before = gb_t1.grad_fn
gb_grad_after = gb_t1.grad
