"""Asks the hints of hidden checks for the hidden expected values: wrong on purpose there, in shapes a rule may measure.

On the hidden cases (inputs other than the examples') it answers with values
built to make the hint rules compute something from the expected values: a
constant loss (its ratio to the expected loss is 1/expected), a gradient of
ones, and for triple and mean_item the input itself and 1.0. A hint that
quotes a ratio, a factor, a count or a difference on a hidden case gives
the hidden expected value away (the test looks for any number of the hidden
expected values, and for the ratios, in everything a student reads).

Fair verdict: no number of a hidden expected value, or of its ratio to what
was returned, and no count of the hidden values, in anything a student
reads. Its points: each exercise is right on every public case and wrong on
every hidden one, so each is held for review (0/9 until a person reads it;
the public checks pass, computed: 5 points a reviewer may give back).
"""

import torch


def square_sum(x):
    if x.tolist() == [1.0, 2.0, 3.0]:
        loss = (x**2).sum()
        loss.backward()
        return loss
    loss = (x * 0).sum() + 1.0
    loss.backward()
    x.grad = torch.ones_like(x)
    return loss


def triple(x):
    if x.tolist() == [1.0, -2.0]:
        return 3 * x
    return x.clone()


def mean_item(x):
    if x.tolist() == [1.0, 2.0, 3.0, 4.0]:
        return x.mean().item()
    return 1.0
