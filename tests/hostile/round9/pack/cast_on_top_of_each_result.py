"""grad_fn_names with each of the six results cast to float64 after the operation the table names.

Tries: the grader names a result's grad_fn through PyTorch's dtype casts (``observe._operation_name``), so
``(a * b).double()``, whose ``type(result.grad_fn).__name__`` is ``ToCopyBackward0``, was reported as MulBackward0.
The prompt's table asks for the class name of each result's own grad_fn, and teaches that it names the *last*
operation (``(a * b).mean()`` reports MeanBackward0): here the last operation is the cast.

Fair verdict: the values pass (no dtype is stated), the six grad_fn checks fail: the cast is on top, not a
computation in float64 cast back to the inputs' dtype.
"""

import torch.nn.functional as F


def six_graph_nodes(a, b):
    return (
        (a * b).double(),
        (a * b).mean().double(),
        (a + b).double(),
        (a**2).double(),
        (a + b).sum().double(),
        F.mse_loss(a, b).double(),
    )
