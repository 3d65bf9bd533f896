r"""Wrong: the snapshot is a.grad itself, which the second backward updates in place.

fails: snapshot_value, snapshot_hidden, values_hidden
diagnosis: a\.grad\.clone\(\)
description: the snapshot shows a.grad as it is at the end: it keeps a reference to a.grad instead of a copy, or copies it after the second backward()
mistakes: stored_reference, order
"""


def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad
    frozen = a.detach()
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second
