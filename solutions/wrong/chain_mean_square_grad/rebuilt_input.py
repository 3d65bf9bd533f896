"""Wrong: a new leaf made from x's values; its gradient never reaches the caller's x.

fails: x_grad, x_backward_calls, x_grad_hidden
diagnosis: copy of x
description: builds a new tensor from x's values, so backward() fills the copy's .grad and never reaches the x you were given
mistakes: broken_graph
"""

import torch


def square_chain(x):
    x = torch.tensor(x.tolist(), requires_grad=True)
    y = x + 2
    z = y * y * 2
    out = z.mean()
    out.backward()
    return y, z, out
