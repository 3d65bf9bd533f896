"""Modern spelling: torch.tensor with float literals instead of Variable(torch.FloatTensor(...))."""

import torch

legacy_var = torch.tensor([9.0])
legacy_var_tracked_before = legacy_var.requires_grad
legacy_var.requires_grad_(True)

legacy_w1 = torch.tensor([3.0], requires_grad=True)
legacy_w2 = torch.tensor([7.0], requires_grad=True)

legacy_result = legacy_var * legacy_w1
legacy_result.backward()
