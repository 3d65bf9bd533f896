"""mean_square_grad: the sum where the mean is asked, on every input (an honest one-mistake answer, the control).

Tries: nothing hostile: the same work as sum_for_mean_then_junk_on_vectors.py without the junk, so that the fix for
that file (every later case must be recognised too) is seen to leave an honest partial answer its points.

Fair verdict: 3 of 9 (x_backward_calls, and out_requires_grad and x_unchanged, which the recognised values unlock).
"""


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).sum()
    out.backward()
    return out
