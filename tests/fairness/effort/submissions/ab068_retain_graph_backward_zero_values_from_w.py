"""retain_graph_backward: values from w."""

import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p
with torch.no_grad():
    rgraph_grad_first = rgraph_w.detach().clone()
    rgraph_grad_second = rgraph_w.detach() * 2
rgraph_error = None
