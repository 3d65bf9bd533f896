"""Wrong: backward() without a vector on a tensor of several elements raises.

fails: f_value, x_grad, x_grad_hidden
diagnosis: grad can be implicitly created only for scalar outputs
description: calls f.backward() with no argument on a non-scalar f, which raises: pass a vector of ones (torch.ones_like(f)) or reduce with sum()
mistakes: exception
"""


def quadratic_backward_ones(x):
    f = 2 * (x * x) + 5 * x + 6
    f.backward()
    return f
