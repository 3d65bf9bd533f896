"""Without create_graph=True the gradient is off the graph, and differentiating it again raises.

fails: gradient, gradient_on_graph, hvp, gradient_hidden, hvp_hidden
diagnosis: does not require grad|create_graph|raised
description: takes the gradient without create_graph=True, so the second grad() cannot run
mistakes: broken_graph
"""

import torch


def hessian_vector_product(x, v):
    f = (x**4).sum() / 4 + x.sum() ** 2
    (g,) = torch.autograd.grad(f, x)
    (hv,) = torch.autograd.grad(g, x, grad_outputs=v)
    return g, hv
