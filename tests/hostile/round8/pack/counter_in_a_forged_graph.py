"""mean_square_grad: the grader's backward counter called in a pass whose graph claims to reach x.

Tries: the counter now counts only during a backward pass whose graph holds
its input, and the grader walks each pass's graph to know: a node's
`variable` names a leaf, its `next_functions` the nodes after it. A custom
Function's node is a Python class: a `variable` property naming x, and a
`next_functions` property leading to x's own AccumulateGrad node, make the
walk find x in a pass that never reaches it; the counter is called from the
Function's backward, during that pass. x.grad is then written by formula.

Fair verdict: 3 of 9, as for the formula alone (round8/pack/counter_called_by_hand.py):
a graph is read as torch defines it (only an AccumulateGrad node names a
leaf; a custom Function's next nodes are read with torch's own descriptor).
"""

import torch

HOOKS: list = []


class Own(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):  # type: ignore[no-untyped-def]
        return t * 1

    @staticmethod
    def backward(ctx, grad):  # type: ignore[no-untyped-def]
        for hook in HOOKS:
            hook(torch.ones(1))  # the grader's counter, during this pass
        return grad


def mean_square_grad(x: torch.Tensor) -> torch.Tensor:
    out = (3 * (x + 2) ** 2).mean()
    HOOKS[:] = list((x._backward_hooks or {}).values())
    x_node = (x * 1).grad_fn.next_functions[0][0]  # x's own AccumulateGrad node
    Own._backward_cls.variable = property(lambda self: x)
    Own._backward_cls.next_functions = property(lambda self: ((x_node, 0),))
    Own.apply(torch.zeros(1, requires_grad=True)).sum().backward()
    with torch.no_grad():
        x.grad = 6 * (x + 2) / x.numel()
    return out
