"""Right answer: the four steps split over small helper functions; the snapshot is a clone taken
under torch.no_grad() between the two backward passes."""
import torch


def _mean_and_backward(t):
    m = t.mean()
    m.backward()
    return m


def _copy_grad(t):
    with torch.no_grad():
        return t.grad.detach().clone()


def detach_and_accumulate(a, b):
    if a.shape != b.shape:
        raise ValueError("a and b must have the same shape")
    first = _mean_and_backward(a + b)
    snapshot = _copy_grad(a)
    frozen = a.detach()
    second = _mean_and_backward(a + frozen)
    return first, snapshot, frozen, second
