import torch


def detach_and_accumulate(a, b):
    # step 1
    first = (a + b).mean()
    first.backward()
    # step 2: a real copy, a.grad will grow in step 4
    snapshot = a.grad.detach().clone()
    # step 3
    frozen = a.detach()
    # step 4
    second = (a + frozen).mean()
    second.backward()
    print("a.grad after both passes:", a.grad)
    return (first, snapshot, frozen, second)
