import torch

def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad.clone()
    print("after first:", a.grad, b.grad)
    frozen = a.detach()
    print("frozen requires grad?", frozen.requires_grad)
    second = (a + frozen).mean()
    second.backward()
    print("after second:", a.grad)
    return (first, snapshot, frozen, second)
