r"""Wrong: legacy_var is created with requires_grad=True, so it was never untracked.

Every final value is right; only the flag stored before requires_grad_() shows it.

fails: var_tracked_before
diagnosis: before calling requires_grad_\(\)
description: creates legacy_var with requires_grad=True, so its flag was never False
mistakes: requires_grad
"""

import torch
from torch.autograd import Variable

legacy_var = Variable(torch.FloatTensor([9.0]), requires_grad=True)
legacy_var_tracked_before = legacy_var.requires_grad
legacy_var.requires_grad_()

legacy_w1 = Variable(torch.FloatTensor([3.0]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7.0]), requires_grad=True)

legacy_result = legacy_var * legacy_w1
legacy_result.backward()
