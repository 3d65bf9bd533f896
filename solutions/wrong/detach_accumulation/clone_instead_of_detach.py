r"""Wrong: clone() copies the values but stays on the graph; a gets 2/n from the second pass.

fails: frozen_requires_grad, a_grad_accumulated, a_grad_hidden
diagnosis: \.clone\(\) copies the values and stays on the graph
description: uses a.clone(), which stays on the graph, so a gets gradient through both terms
mistakes: operation, requires_grad
"""


def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad.clone()
    frozen = a.clone()
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second
