"""Wrong: range(1, steps) runs one step too few.

fails: entry_count, entries, backward_per_step, entries_hidden, backward_per_step_hidden
diagnosis: one entry per step
description: loops over range(1, steps), one step too few
mistakes: steps
"""


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(1, steps):
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())
        w.grad.zero_()
    return grads
