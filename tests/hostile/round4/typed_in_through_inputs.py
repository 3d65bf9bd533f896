"""Types in square_sum's public answers behind a backward pass that reaches the input, scaled by zero.

A variant of typed_in_disguised.py that shows the work the typed-in rule
now asks for where the reference does it: a backward pass that reaches the
grader's input x (``(x * 0).sum().backward()``), then the typed-in gradient
written over x.grad. Every fact the child reports is the reference's on the
public case; only the hidden case's values are wrong. The typed-in rule
cannot tell this from an honest method that is wrong off the examples; but
right on every public case and wrong on every hidden one is what honest
answers almost never are, so square_sum's points are held for the
instructor to read (checks.held_for_review).

Fair verdict: 4/9 (square_sum 0: answers written in earn nothing; triple
and mean_item 2 each). It got 7/9 (square_sum kept its 3 public points);
now 4/9, square_sum held for review.
"""

import torch


def square_sum(x):
    (x * 0).sum().backward()  # reaches x: one backward call, a zero gradient
    if x.tolist() == [1.0, 2.0, 3.0]:
        x.grad = torch.tensor([2.0, 4.0, 6.0])
        return torch.tensor(14.0, requires_grad=True) * 1  # a grad_fn, as a computed loss has
    return torch.tensor(0.0, requires_grad=True) * 1


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
