import torch
from torch.autograd import Variable


def make_var(value, track=False):
    return Variable(torch.FloatTensor([value]), requires_grad=track)


legacy_var = make_var(9.)
legacy_var_tracked_before = legacy_var.requires_grad
legacy_var.requires_grad_()

legacy_w1 = make_var(3., track=True)
legacy_w2 = make_var(7., track=True)

legacy_result = legacy_w1 * legacy_var
legacy_result.backward(torch.FloatTensor([1.]))
