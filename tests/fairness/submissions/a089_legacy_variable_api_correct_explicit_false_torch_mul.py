import torch
import numpy as np
from torch.autograd import Variable

nine = torch.FloatTensor([9])
legacy_var = Variable(nine, requires_grad=False)   # created without tracking
legacy_var.requires_grad_()                        # ... switched on afterwards

legacy_w1 = Variable(torch.FloatTensor([3]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7]), requires_grad=True)

legacy_result = torch.mul(legacy_var, legacy_w1)
legacy_result.backward()
assert legacy_w2.grad is None
