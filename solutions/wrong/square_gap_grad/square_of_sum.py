"""Wrong: squares the sum of the gaps instead of summing the squared gaps.

fails: loss_value, p_grad, p_grad_hidden, loss_value_hidden
description: squares the sum of the gaps, (sum of p - p^2)^2, instead of summing the squared gaps
mistakes: operation
"""


def square_gap_grad(p):
    w = p**2
    loss = (p - w).sum() ** 2
    loss.backward()
    return loss
