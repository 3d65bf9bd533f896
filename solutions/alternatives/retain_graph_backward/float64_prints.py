"""A float64 leaf, detach().clone() copies, prints after each step, the error caught under another name."""

import torch

rgraph_p = torch.tensor([1.0], dtype=torch.float64, requires_grad=True)
rgraph_w = rgraph_p * 10

rgraph_w.backward(retain_graph=True)
rgraph_grad_first = rgraph_p.grad.detach().clone()
print("after the first backward:", rgraph_grad_first)

rgraph_w.backward()
rgraph_grad_second = rgraph_p.grad.detach().clone()
print("after the second backward:", rgraph_grad_second)

rgraph_error = None
try:
    rgraph_w.backward()
except RuntimeError as e:
    print("third backward failed:", e)
    rgraph_error = e
