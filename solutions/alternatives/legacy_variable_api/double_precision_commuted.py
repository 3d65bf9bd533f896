"""torch.DoubleTensor (float64) and the product written w1 * var: same values, same MulBackward0."""

import torch
from torch.autograd import Variable

legacy_var = Variable(torch.DoubleTensor([9.0]))
legacy_var_tracked_before = bool(legacy_var.requires_grad)
legacy_var = legacy_var.requires_grad_()

legacy_w1 = Variable(torch.DoubleTensor([3.0]), requires_grad=True)
legacy_w2 = Variable(torch.DoubleTensor([7.0]), requires_grad=True)

legacy_result = legacy_w1 * legacy_var
legacy_result.backward()
print(legacy_w1.grad, legacy_var.grad, legacy_w2.grad)
