"""Wrong: clone() copies the values but stays on the graph; a gets 2/n from the second pass."""


def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad.clone()
    frozen = a.clone()
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second
