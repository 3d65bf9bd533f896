"""Wrong: sum() in the first expression, so the first pass gives 1 instead of 1/n."""


def detach_and_accumulate(a, b):
    first = (a + b).sum()
    first.backward()
    snapshot = a.grad.clone()
    frozen = a.detach()
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second
