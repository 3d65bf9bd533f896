r"""Wrong: zeroes the gradient between the passes, as in a training loop, so nothing accumulates.

fails: a_grad_accumulated, a_grad_hidden
diagnosis: Do not zero a\.grad between the passes
description: zeroes a.grad before the second backward, so nothing accumulates
mistakes: accumulation
"""


def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad.clone()
    a.grad.zero_()
    frozen = a.detach()
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second
