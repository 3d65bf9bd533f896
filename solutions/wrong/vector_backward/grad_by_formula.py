r"""Wrong: x.grad typed in from the hand-derived Jacobian; autograd never runs.

fails: x_backward_calls
diagnosis: backward\(\) never ran through x
description: writes x.grad = 6(x+2) v by hand; backward() never runs
mistakes: no_backward
"""


def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    x.grad = (6 * (x + 2) * v).detach()
    return z
