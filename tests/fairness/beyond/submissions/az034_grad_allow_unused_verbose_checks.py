"""Right answer: one torch.autograd.grad call for [x, y, z] with allow_unused=True and retain_graph=True,
asserts that gz is None, then out.backward(); prints the gradients."""
import torch


def partial_grads(x, y, z):
    for t in (x, y, z):
        assert isinstance(t, torch.Tensor) and t.requires_grad
    out = (x ** 2 * y).sum()
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], allow_unused=True, retain_graph=True)
    assert gz is None, "z does not enter out"
    out.backward()
    print("gx", gx, "gy", gy)
    return gx, gy, gz
