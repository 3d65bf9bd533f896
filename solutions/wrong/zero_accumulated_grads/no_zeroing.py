"""Wrong: the gradient is never zeroed, so each entry adds the previous ones.

fails: entries, entries_hidden
diagnosis: accumulat
description: never zeroes the gradient, so it accumulates (3, 6, 9)
example: true
mistakes: accumulation
"""


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())
    return grads
