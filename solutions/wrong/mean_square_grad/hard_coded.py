"""Wrong: copies the prompt's numbers for the 2x2 ones input; nothing is computed.

fails: out_value, out_requires_grad, x_grad, x_backward_calls, x_grad_hidden, out_value_hidden
description: copies the prompt's numbers (27 and 4.5) without computing anything
mistakes: no_backward, broken_graph
"""

import torch


def mean_square_grad(x):
    x.grad = torch.full_like(x, 4.5)
    return torch.tensor(27.0, requires_grad=True)
