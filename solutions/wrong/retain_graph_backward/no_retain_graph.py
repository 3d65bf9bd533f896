"""Wrong: the first backward() frees the graph, so the second one raises.

fails: grad_second, p_grad, third_backward_raises
diagnosis: retain_graph=True
description: calls the first backward() without retain_graph=True, which frees the graph, so the second one raises and the notebook stops
example: true
mistakes: exception
"""

import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p

rgraph_w.backward()
rgraph_grad_first = rgraph_p.grad.clone()

rgraph_w.backward()  # RuntimeError: the graph was freed by the first call
rgraph_grad_second = rgraph_p.grad.clone()

try:
    rgraph_w.backward()
except RuntimeError as err:
    rgraph_error = err
