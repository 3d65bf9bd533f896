import torch
from torch.autograd import Variable

legacy_var = torch.tensor([9.])
legacy_var_tracked_before = legacy_var.requires_grad
legacy_var.requires_grad_()
legacy_w1 = torch.tensor([3.], requires_grad=True)
legacy_w2 = torch.tensor([7.], requires_grad=True)
legacy_result = legacy_var * legacy_w1
legacy_result.backward()
