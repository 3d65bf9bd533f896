"""Wrong: types the expected numbers and builds the error by hand; no backward() ever runs.

fails: w_grad_fn, grad_first, grad_second, p_grad, third_backward_raises
diagnosis: created by hand and never raised
description: types the expected gradients and builds the RuntimeError by hand, with no backward() call
mistakes: no_backward, exception
"""

import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p
rgraph_grad_first = torch.tensor([10.0])
rgraph_grad_second = torch.tensor([20.0])
rgraph_p.grad = torch.tensor([20.0])
rgraph_error = RuntimeError("Trying to backward through the graph a second time")
