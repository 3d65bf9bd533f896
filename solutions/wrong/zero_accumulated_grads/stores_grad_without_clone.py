"""Wrong: stores w.grad itself; zero_() then clears every stored entry.

fails: entries, entries_hidden
diagnosis: clone
description: appends w.grad itself, which the next zero_() clears
mistakes: stored_reference
"""


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad)
        w.grad.zero_()
    return grads
