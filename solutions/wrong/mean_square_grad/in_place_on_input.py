"""Wrong: works on x.data in place, which breaks the graph and changes the input.

fails: out_requires_grad, x_grad, x_backward_calls, x_grad_hidden
diagnosis: not connected to the graph
description: computes through x.data, outside autograd, and shifts x in place
mistakes: broken_graph, input_mutated
"""


def mean_square_grad(x):
    x.data.add_(2)
    out = (3 * x.data ** 2).mean()
    return out
