"""grad_fn_names computed in float64 and cast back to the inputs' dtype (an honest style the grader accepts).

Tries: the other side of ``cast_on_top_of_each_result.py``: a fix that named every cast ``ToCopyBackward0`` again
would refuse a right answer that only computes in more precision: ``(a.double() * b.double()).float()`` is a
product, of the inputs' dtype, whose values are the product's.

Fair verdict: full marks (13/13).
"""

import torch.nn.functional as F


def six_graph_nodes(a, b):
    a64, b64 = a.double(), b.double()
    return (
        (a64 * b64).float(),
        (a64 * b64).mean().float(),
        (a64 + b64).float(),
        (a64**2).float(),
        (a64 + b64).sum().float(),
        F.mse_loss(a64, b64).float(),
    )
