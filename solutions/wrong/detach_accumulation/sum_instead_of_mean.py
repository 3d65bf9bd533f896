"""Wrong: sum() in the first expression, so the first pass gives 1 instead of 1/n.

fails: first_value, snapshot_value, b_grad, a_grad_accumulated, a_grad_hidden
diagnosis: a sum where a mean was meant
description: reduces the first expression with sum() instead of the mean
mistakes: sum_vs_mean
"""


def detach_and_accumulate(a, b):
    first = (a + b).sum()
    first.backward()
    snapshot = a.grad.clone()
    frozen = a.detach()
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second
