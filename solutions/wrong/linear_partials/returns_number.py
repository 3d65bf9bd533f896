"""Wrong: the gradients are right, but it returns y.item() instead of the tensor.

fails: y_value, y_grad_fn, y_value_hidden
diagnosis: Python number was found where a tensor was expected
description: returns y.item() instead of the tensor y
mistakes: type
"""


def linear_partials(x, w, b):
    y = w * x + b
    y.backward()
    return y.item()
