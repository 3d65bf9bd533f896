"""Wrong: computes a + b in place into b (b += a): the sum is right, but the caller's b has changed.

fails: b_unchanged
diagnosis: changed the values of b
description: computes a + b in place into b (b += a), which changes the caller's b
mistakes: input_mutated
"""

import torch.nn.functional as F


def six_graph_nodes(a, b):
    product = a * b
    average = product.mean()
    mse = F.mse_loss(a, b)
    b += a
    return product, average, b, a**2, b.sum(), mse
