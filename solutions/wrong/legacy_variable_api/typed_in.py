"""Wrong: every value typed in from the prompt; no product is computed and backward() never runs."""

import torch

legacy_var = torch.tensor([9.0], requires_grad=True)
legacy_var_tracked_before = False
legacy_w1 = torch.tensor([3.0], requires_grad=True)
legacy_w2 = torch.tensor([7.0], requires_grad=True)
legacy_result = torch.tensor([27.0])
legacy_w1.grad = torch.tensor([9.0])
legacy_var.grad = torch.tensor([3.0])
