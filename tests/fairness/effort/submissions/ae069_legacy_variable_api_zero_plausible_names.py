import torch
from torch.autograd import Variable

legacy_var = Variable(torch.FloatTensor([9.]))
legacy_var_tracked_before = False
legacy_var.requires_grad_()
legacy_w1 = Variable(torch.FloatTensor([3.]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7.]), requires_grad=True)
legacy_result = Variable(torch.FloatTensor([27.]), requires_grad=True) * 1
legacy_w1.grad = torch.FloatTensor([9.])
legacy_var.grad = torch.FloatTensor([3.])
