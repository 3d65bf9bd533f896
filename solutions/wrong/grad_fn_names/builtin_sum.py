r"""Wrong: Python's sum() iterates over the first dimension and adds the rows, one AddBackward0 at a time.

fails: values, sum_grad_fn, values_hidden, sum_grad_fn_hidden
diagnosis: was an addition \(AddBackward0\), but a sum
description: uses Python's built-in sum(), which adds the rows of a + b instead of every entry
mistakes: operation
"""

import torch.nn.functional as F


def six_graph_nodes(a, b):
    product = a * b
    added = a + b
    return product, product.mean(), added, a**2, sum(added), F.mse_loss(a, b)
