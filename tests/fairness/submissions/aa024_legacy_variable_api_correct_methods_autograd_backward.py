import torch
from torch.autograd import Variable

legacy_var = Variable(torch.FloatTensor([9.]), requires_grad=False)
legacy_var_tracked_before = bool(legacy_var.requires_grad)
legacy_var.requires_grad_(True)
legacy_w1 = Variable(torch.FloatTensor([3.]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7.]), requires_grad=True)
legacy_result = legacy_var.mul(legacy_w1)
torch.autograd.backward([legacy_result])
