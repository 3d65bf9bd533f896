"""Wrong: every value typed in from the prompt; no product is computed and backward() never runs.

fails: result_grad_fn, result_value, w1_grad, var_grad, var_value, w1_value, var_tracked_before, var_requires_grad, w2_value, w2_requires_grad, w2_grad_none
diagnosis: a tensor typed in by hand has no graph behind it
description: types the tensors and gradients in by hand; no graph, no backward()
mistakes: broken_graph, no_backward
"""

import torch

legacy_var = torch.tensor([9.0], requires_grad=True)
legacy_var_tracked_before = False
legacy_w1 = torch.tensor([3.0], requires_grad=True)
legacy_w2 = torch.tensor([7.0], requires_grad=True)
legacy_result = torch.tensor([27.0])
legacy_w1.grad = torch.tensor([9.0])
legacy_var.grad = torch.tensor([3.0])
