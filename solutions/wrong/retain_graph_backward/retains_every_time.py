"""Wrong: retain_graph=True on every call, so the graph is never freed and nothing raises.

fails: p_grad, third_backward_raises
diagnosis: No RuntimeError was kept
description: passes retain_graph=True on every call, so the graph is never freed and the third backward() succeeds instead of raising
mistakes: exception, backward_count
"""

import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p

rgraph_w.backward(retain_graph=True)
rgraph_grad_first = rgraph_p.grad.clone()

rgraph_w.backward(retain_graph=True)
rgraph_grad_second = rgraph_p.grad.clone()

rgraph_error = None
try:
    rgraph_w.backward(retain_graph=True)
except RuntimeError as err:
    rgraph_error = err
