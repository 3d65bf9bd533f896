"""torch.ones(1) for [1.0], torch.mul, torch.clone copies, and a broad except Exception."""

import torch

rgraph_p = torch.ones(1, requires_grad=True)
rgraph_w = torch.mul(rgraph_p, 10)

rgraph_w.backward(retain_graph=True)
rgraph_grad_first = torch.clone(rgraph_p.grad)

rgraph_w.backward()
rgraph_grad_second = torch.clone(rgraph_p.grad)

try:
    rgraph_w.backward()
except Exception as exc:  # the RuntimeError about the freed graph
    rgraph_error = exc
