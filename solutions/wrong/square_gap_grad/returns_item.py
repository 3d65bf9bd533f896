"""Wrong: the gradient is right, but it returns a Python float instead of the loss tensor.

fails: loss_value, loss_value_hidden
diagnosis: Python number was found where a tensor was expected
description: returns loss.item(), a Python float, instead of the loss tensor
mistakes: type
"""


def square_gap_grad(p):
    w = p**2
    loss = ((p - w) ** 2).sum()
    loss.backward()
    return loss.item()
