r"""Wrong: the cell with the product and backward() ran twice (as when re-running it in Jupyter).

fails: w1_grad, var_grad
diagnosis: \.grad accumulates
description: runs the product-and-backward cell twice, so the gradients add up
mistakes: accumulation, backward_count
"""

import torch
from torch.autograd import Variable

legacy_var = Variable(torch.FloatTensor([9]))
legacy_var_tracked_before = legacy_var.requires_grad
legacy_var.requires_grad_()
legacy_w1 = Variable(torch.FloatTensor([3]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7]), requires_grad=True)

for _ in range(2):  # the same cell, executed a second time
    legacy_result = legacy_var * legacy_w1
    legacy_result.backward()
