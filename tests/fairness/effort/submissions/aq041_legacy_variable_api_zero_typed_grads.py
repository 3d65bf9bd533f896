import torch
from torch.autograd import Variable

legacy_var = torch.tensor([9.])
legacy_var_tracked_before = False
legacy_w1 = torch.tensor([3.])
legacy_w2 = torch.tensor([7.])
legacy_result = torch.tensor([27.])
legacy_w1.grad = torch.tensor([9.])
legacy_var.grad = torch.tensor([3.])
