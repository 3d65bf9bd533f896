r"""Wrong: the snapshot is a.grad itself, which the second backward updates in place.

fails: snapshot_value, snapshot_hidden, values_hidden
diagnosis: a\.grad\.clone\(\)
description: keeps a reference to a.grad instead of a copy, so the snapshot shows the final gradient
mistakes: stored_reference
"""


def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad
    frozen = a.detach()
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second
