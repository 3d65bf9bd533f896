"""Right answer: Variable wrappers around FloatTensor / torch.tensor spellings (both accepted by the
prompt), flag stored before requires_grad_(), one backward() on the product."""
import torch
from torch.autograd import Variable

legacy_var = Variable(torch.FloatTensor([9.]))
legacy_var_tracked_before = legacy_var.requires_grad
legacy_var.requires_grad_()
legacy_w1 = Variable(torch.tensor([3.], dtype=torch.float32), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7.]), requires_grad=True)
legacy_result = legacy_var * legacy_w1
legacy_result.backward()
print(legacy_var.grad, legacy_w1.grad, legacy_w2.grad)
