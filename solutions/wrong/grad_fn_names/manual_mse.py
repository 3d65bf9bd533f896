r"""Wrong: the MSE written out by hand has the right value, but its last operation is a mean.

fails: mse_grad_fn
diagnosis: but an MSE loss \(MseLossBackward0\) was expected
description: writes the MSE as ((a - b) ** 2).mean(), which ends with a mean
example: true
mistakes: operation
"""


def six_graph_nodes(a, b):
    product = a * b
    return product, product.mean(), a + b, a**2, (a + b).sum(), ((a - b) ** 2).mean()
