"""Old style with requires_grad=False spelled out, torch.mul, a helper and prints along the way."""

import torch
from torch.autograd import Variable


def show(name, t):
    print(f"{name}: value={t.data.tolist()} requires_grad={t.requires_grad} grad={t.grad}")


nine = torch.FloatTensor([9.0])
legacy_var = Variable(nine, requires_grad=False)
legacy_var_tracked_before = legacy_var.requires_grad
print("tracked before:", legacy_var_tracked_before)
legacy_var.requires_grad_()

legacy_w1 = Variable(torch.FloatTensor([3.0]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7.0]), requires_grad=True)

legacy_result = torch.mul(legacy_var, legacy_w1)
print(legacy_result, legacy_result.grad_fn)
legacy_result.backward()

for name, t in [("var", legacy_var), ("w1", legacy_w1), ("w2", legacy_w2)]:
    show(name, t)
assert legacy_w2.grad is None
