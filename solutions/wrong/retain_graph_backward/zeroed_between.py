"""Wrong: zeroes the gradient between the two calls (the second value should accumulate to 20).

fails: grad_second, p_grad
diagnosis: do not zero it
description: zeroes the gradient between the two calls, so the second value is 10 instead of 20
mistakes: accumulation
"""

import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p

rgraph_w.backward(retain_graph=True)
rgraph_grad_first = rgraph_p.grad.clone()

rgraph_p.grad.zero_()
rgraph_w.backward()
rgraph_grad_second = rgraph_p.grad.clone()

try:
    rgraph_w.backward()
except RuntimeError as err:
    rgraph_error = err
