import torch


def detach_and_accumulate(a, b):
    first = torch.mean(a + b)
    first.backward()
    snapshot = a.grad.detach().clone()
    print("after first backward:", snapshot)

    frozen = a.detach()
    second = torch.mean(a + frozen)
    second.backward()
    print("after second backward:", a.grad)
    return (first, snapshot, frozen, second)
