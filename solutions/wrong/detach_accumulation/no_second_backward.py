r"""Wrong: second is computed but second.backward() is never called, so a.grad keeps the first pass only.

fails: a_grad_accumulated, a_backward_calls, a_grad_hidden
diagnosis: second\.backward\(\) is missing
description: computes second but never calls second.backward()
mistakes: backward_count
"""


def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad.clone()
    frozen = a.detach()
    second = (a + frozen).mean()
    return first, snapshot, frozen, second
