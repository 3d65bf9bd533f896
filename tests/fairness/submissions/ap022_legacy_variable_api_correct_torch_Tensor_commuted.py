import torch
from torch.autograd import Variable

legacy_var = Variable(torch.Tensor([9.0]))
legacy_var_tracked_before = bool(legacy_var.requires_grad)
legacy_var.requires_grad_(True)
legacy_w1, legacy_w2 = (Variable(torch.FloatTensor([v]), requires_grad=True) for v in (3.0, 7.0))
legacy_result = legacy_w1 * legacy_var
torch.autograd.backward([legacy_result])
