import torch


from torch.autograd import Variable

legacy_var = Variable(torch.tensor([9.0]))
legacy_var_tracked_before = legacy_var.requires_grad
legacy_var.requires_grad = True
legacy_w1 = torch.tensor([3.0], requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7.0]), requires_grad=True)
legacy_result = torch.mul(legacy_var, legacy_w1)
torch.autograd.backward(legacy_result)
