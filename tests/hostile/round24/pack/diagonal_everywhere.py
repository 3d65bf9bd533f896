"""hessian_vector_product: the control, the gradient by autograd and 3 x^2 v by hand on every input.

Tries: nothing beyond the honest mistake (``solutions/wrong/hessian_vector_product/hessian_diagonal_only.py``'s
values, and a second pass through ``g.sum()``): the pack's typed-in file without its typed-in hv. Its hidden failure
is recognised as before, and nothing is held: the mistake shows on the examples, where this submission makes it too.

Fair verdict: 7 of 12, not held: the gradient right everywhere (its 4 points), hv the known one-term mistake, which
unlocks the count of passes and the inputs left alone.
"""

import torch


def hessian_vector_product(x, v):
    f = (x**4).sum() / 4 + x.sum() ** 2
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    torch.autograd.grad(g.sum(), x, retain_graph=True)
    return g, 3 * x.detach() ** 2 * v
