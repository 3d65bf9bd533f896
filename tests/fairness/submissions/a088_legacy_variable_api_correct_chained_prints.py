import torch
from torch.autograd import Variable

legacy_var = Variable(torch.FloatTensor([9.0])).requires_grad_(True)
legacy_w1 = Variable(torch.FloatTensor([3.0]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7.0]), requires_grad=True)

legacy_result = legacy_var * legacy_w1
print(legacy_result, legacy_result.grad_fn)
legacy_result.backward()

print("d/d w1:", legacy_w1.grad)    # 9
print("d/d var:", legacy_var.grad)  # 3
print("w2 grad:", legacy_w2.grad)   # None
