"""A helper that runs torch.autograd.backward and returns a copy of the gradient."""

import copy

import torch


def backward_and_copy(out, leaf, **kwargs):
    torch.autograd.backward(out, **kwargs)
    return copy.deepcopy(leaf.grad)


rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10.0 * rgraph_p
rgraph_grad_first = backward_and_copy(rgraph_w, rgraph_p, retain_graph=True)
rgraph_grad_second = backward_and_copy(rgraph_w, rgraph_p)

try:
    rgraph_w.backward()
except RuntimeError as caught:
    rgraph_error = caught
