"""Half done, two mistakes: legacy_var_tracked_before is read after requires_grad_() (so it is True),
and legacy_result.backward() is never called, so no gradients."""
import torch
from torch.autograd import Variable

legacy_var = Variable(torch.FloatTensor([9.]))
legacy_var.requires_grad_()
legacy_var_tracked_before = legacy_var.requires_grad
legacy_w1 = Variable(torch.FloatTensor([3.]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7.]), requires_grad=True)
legacy_result = legacy_var * legacy_w1
# backward to do
