"""Wrong: resets at the start of each step and appends w.grad itself, so every entry is one tensor.

fails: entries_are_copies
diagnosis: same tensor
description: zeroes w.grad at the start of each step and appends w.grad itself; the values look right, but every entry is the same tensor
mistakes: stored_reference
"""


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        if w.grad is not None:
            w.grad.zero_()
        (w * 3).sum().backward()
        grads.append(w.grad)
    return grads
