"""legacy_variable_api: legacy_var created with requires_grad=True from the start (mistake: its flag before is True, not False)."""
import torch
from torch.autograd import Variable

legacy_var = Variable(torch.FloatTensor([9.]), requires_grad=True)
legacy_var_tracked_before = legacy_var.requires_grad
legacy_var.requires_grad_()
legacy_w1 = Variable(torch.FloatTensor([3.]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7.]), requires_grad=True)
legacy_result = legacy_var * legacy_w1
legacy_result.backward()
