"""Wrong: a mean where the loss is a sum (everything 1/n as large).

fails: loss_value, p_grad, p_grad_hidden, loss_value_hidden
diagnosis: a mean where a sum was meant
description: averages the squared gaps instead of summing them
mistakes: sum_vs_mean
"""


def square_gap_grad(p):
    w = p**2
    loss = ((p - w) ** 2).mean()
    loss.backward()
    return loss
