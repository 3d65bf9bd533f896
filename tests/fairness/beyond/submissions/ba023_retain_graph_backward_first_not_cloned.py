"""One mistake: stores rgraph_p.grad itself (no clone) as rgraph_grad_first; the second backward
adds into that same tensor in place, so it reads 20 instead of 10."""
import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p
rgraph_w.backward(retain_graph=True)
rgraph_grad_first = rgraph_p.grad
rgraph_w.backward()
rgraph_grad_second = rgraph_p.grad.clone()
try:
    rgraph_w.backward()
except RuntimeError as err:
    rgraph_error = err
