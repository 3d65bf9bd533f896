r"""Wrong: FloatTensor(9) is a size, not a value: a 9-element uninitialised tensor.

legacy_result then has 9 elements and backward() without an argument raises.

fails: var_value, result_value, w1_grad, var_grad
diagnosis: FloatTensor\(9\) makes an uninitialised
description: writes torch.FloatTensor(9), a 9-element tensor, instead of torch.FloatTensor([9.])
mistakes: shape
"""

import torch
from torch.autograd import Variable

legacy_var = Variable(torch.FloatTensor(9))
legacy_var_tracked_before = legacy_var.requires_grad
legacy_var.requires_grad_()
legacy_w1 = Variable(torch.FloatTensor([3]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7]), requires_grad=True)
legacy_result = legacy_var * legacy_w1
legacy_result.backward()
