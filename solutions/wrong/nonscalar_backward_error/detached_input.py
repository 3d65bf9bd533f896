"""Wrong: computes from x.detach(); z has no graph, so backward() fails with another error.

fails: raises_on_vector, one_element_grad, raises_hidden, zero_dim_hidden
diagnosis: does not require grad and does not have a grad_fn
description: computes from x.detach(), so backward() fails for another reason (no graph)
mistakes: broken_graph
"""


def unreduced_backward(x):
    y = x.detach() + 2
    z = 3 * y * y
    z.backward()
    return z
