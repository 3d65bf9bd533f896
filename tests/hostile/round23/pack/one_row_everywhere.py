"""jacobian_matrix (the control): one row of J by autograd on every input, the examples included, nothing typed in.

Tries: what the two typed-in files keep once held: a recognised part of the work (``hints.rows_missing``, n - 1 rows
missing) on every case, public ones too. The public check fails, so nothing is right on the examples only and nothing
is held; the recognised row unlocks ``uses_autograd`` and ``x_unchanged`` as round 21 left it
(tests/hostile/round21/pack/one_row_of_the_jacobian_by_hand.py, with zeros for the other rows).

Fair verdict: 2 of 10, round 21's verdict for one row of n (the honest loop that ran once earns the same), not held.
"""

import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_(True)
    f = xr**2 * xr.sum()
    (row,) = torch.autograd.grad(f[0], xr)
    return row.unsqueeze(0)
