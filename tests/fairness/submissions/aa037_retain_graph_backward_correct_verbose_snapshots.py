"""Two backward() calls through one graph, then a third that must fail."""
from typing import Optional

import torch

DEBUG = True


def snapshot_grad(t: torch.Tensor) -> torch.Tensor:
    """Return an independent copy of t.grad (never the .grad tensor itself)."""
    assert t.grad is not None, "no gradient yet: backward() has not reached this tensor"
    copy = t.grad.detach().clone()
    assert copy.data_ptr() != t.grad.data_ptr()
    return copy


rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p

# first pass keeps the graph alive
rgraph_w.backward(retain_graph=True)
rgraph_grad_first = snapshot_grad(rgraph_p)
if DEBUG:
    print("after 1st backward:", rgraph_grad_first)

# second pass: gradient accumulates, graph gets freed
rgraph_w.backward()
rgraph_grad_second = snapshot_grad(rgraph_p)
if DEBUG:
    print("after 2nd backward:", rgraph_grad_second)

# third pass must fail: keep PyTorch's own exception object
rgraph_error: Optional[RuntimeError] = None
try:
    rgraph_w.backward()
except RuntimeError as err:
    rgraph_error = err
    if DEBUG:
        print("3rd backward raised:", str(err).splitlines()[0])

assert rgraph_error is not None, "the third backward() should have raised"
assert torch.equal(rgraph_p.grad, rgraph_grad_second), "failed call must not add anything"
