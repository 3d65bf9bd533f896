import torch


from torch.autograd import Variable

legacy_var = Variable(torch.FloatTensor([9.]))
legacy_var_tracked_before = bool(legacy_var.requires_grad)
legacy_var.requires_grad_()
legacy_w1, legacy_w2 = (Variable(torch.FloatTensor([v]), requires_grad=True) for v in (3., 7.))
legacy_result = legacy_var.mul(legacy_w1)
legacy_result.backward(torch.ones_like(legacy_result))
