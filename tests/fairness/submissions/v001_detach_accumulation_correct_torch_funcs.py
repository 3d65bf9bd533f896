import torch

def detach_and_accumulate(a, b):
    first = torch.mean(torch.add(a, b))
    first.backward()
    snapshot = torch.clone(a.grad)
    frozen = torch.Tensor.detach(a)
    second = torch.mean(torch.add(a, frozen))
    second.backward()
    return first, snapshot, frozen, second
