"""Wrong: legacy_var never gets requires_grad_(), so backward() keeps no gradient for it.

fails: var_requires_grad, var_grad
diagnosis: does not require grad
description: forgets requires_grad_() on legacy_var, so no gradient is kept for it
example: true
mistakes: requires_grad
"""

import torch
from torch.autograd import Variable

legacy_var = Variable(torch.FloatTensor([9]))
legacy_var_tracked_before = legacy_var.requires_grad
legacy_w1 = Variable(torch.FloatTensor([3]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7]), requires_grad=True)
legacy_result = legacy_var * legacy_w1
legacy_result.backward()
