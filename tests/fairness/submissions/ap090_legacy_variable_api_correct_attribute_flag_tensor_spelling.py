import torch
from torch.autograd import Variable

legacy_var = Variable(torch.tensor([9.0]))
legacy_var_tracked_before = legacy_var.requires_grad
legacy_var.requires_grad = True
legacy_w1 = Variable(torch.tensor([3.0]), requires_grad=True)
legacy_w2 = Variable(torch.tensor([7.0]), requires_grad=True)
legacy_result = legacy_var * legacy_w1
legacy_result.backward()
