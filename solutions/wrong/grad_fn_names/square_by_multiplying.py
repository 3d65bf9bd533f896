r"""Wrong: a * a has the values of a ** 2, but its grad_fn is MulBackward0.

fails: pow_grad_fn
diagnosis: was a multiplication \(MulBackward0\), but a power
description: squares a with a * a, which records a multiplication (MulBackward0) where a power was asked for
mistakes: operation
"""

import torch.nn.functional as F


def six_graph_nodes(a, b):
    product = a * b
    return product, product.mean(), a + b, a * a, (a + b).sum(), F.mse_loss(a, b)
