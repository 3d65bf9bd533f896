"""mean_square_grad: the work done, then x given 32 dimensions (``x.data = ...``) and ``out`` returned seven times over.

Tries: to hold the grader's own process, which no limit bounds, for hours on one answer. A returned mean off by a
whole factor (7) on an exercise whose prompt says "mean" makes ``hints.sum_or_mean`` ask whether the factor is the
size of a part of an input's dimensions (``_partial_counts``), which it worked out one subset of the dimensions at a
time: 2^32 subsets for an input the student reshaped after the call (``x.data`` takes any shape; the wire takes 32
dimensions). Measured before the fix: 23 dimensions added 55 s per answer, so 32 is about 8 hours, during which
``grader grade`` judges no one else.

Fair verdict: 5 of 9, in the time any answer takes (x.grad right on every case and one backward pass: 2 + 1 + 2; out
wrong, x changed).
"""

import torch


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).mean()
    out.backward()
    x.data = torch.ones([1] * 30 + [2, 2])
    return out.detach() * 7
