"""mean_square_grad: the work done, then an empty tensor of shape (4, 4, ..., 4, 0), 31 dimensions, returned as out.

Tries: to hold the grader's own process for ever. A failed check quotes what it found (``compare.display``), which
nested a tensor's entries level by level, up to seven per level, with nothing but the sizes to go by once there is no
data: 4^30 empty lists for a tensor with no element at all (torch.empty takes it: the sizes before the 0 need only
fit in 64 bits). Measured before the fix: one answer did not finish within a minute (the walk is about 10^18 calls).

Fair verdict: 6 of 9, in the time any answer takes (x.grad right on every case, one backward pass, x left alone:
2 + 1 + 1 + 2; out is no mean).
"""

import torch


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).mean()
    out.backward()
    return torch.empty([4] * 30 + [0])
