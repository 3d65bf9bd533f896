import torch
from torch.autograd import Variable

values = {"var": 9., "w1": 3., "w2": 7.}

legacy_var = Variable(torch.FloatTensor([values["var"]]))
legacy_var_tracked_before = bool(legacy_var.requires_grad)
legacy_var = legacy_var.requires_grad_()

legacy_w1 = Variable(torch.FloatTensor([values["w1"]]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([values["w2"]]), requires_grad=True)

legacy_result = legacy_var * legacy_w1
torch.autograd.backward(legacy_result, grad_tensors=torch.ones_like(legacy_result))
