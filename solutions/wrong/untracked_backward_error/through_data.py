"""Wrong: works on x.data, so z is never connected to x, even when x requires grad.

fails: z_value, z_computed, x_grad, x_grad_hidden
diagnosis: your code raised RuntimeError. element 0 of tensors does not require grad
description: computes from x.data, which cuts the graph even when x requires grad
mistakes: broken_graph
"""


def backward_untracked_mean(x):
    y = x.data + 2
    z = (2 * y * y).mean()
    z.backward()
    return z
