"""Wrong: the prompt's numbers typed in as constants; no graph and no backward().

fails: p_grad, p_is_leaf, p_value, w_value, w_grad_fn, w_not_leaf, w_grad_none, l_value, l_grad_fn
diagnosis: a tensor typed in by hand has no graph behind it
description: types the expected numbers in as new tensors: nothing connects them to chain_p, and backward() never runs
mistakes: broken_graph, no_backward
"""

import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = torch.tensor([10.0])
chain_l = torch.tensor([100.0])
chain_p.grad = torch.tensor([200.0])
