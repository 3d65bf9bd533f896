r"""Wrong: the mean written as sum() / 6: right numbers, but gb_out records a division (DivBackward0).

fails: out_grad_fn
diagnosis: was a division \(DivBackward0\), but a mean
description: writes the mean as sum() / 6, which records a division where the prompt asks for .mean()
mistakes: operation
"""

import torch

gb_t1 = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
gb_t2 = torch.tensor([[7.0, 8.0, 9.0], [10.0, 11.0, 12.0]])
gb_grad_before = gb_t1.grad
gb_grad_fn_before = gb_t1.grad_fn
gb_prod = gb_t1 * gb_t2
gb_out = gb_prod.sum() / 6
gb_out.backward()
gb_grad_after = gb_t1.grad
