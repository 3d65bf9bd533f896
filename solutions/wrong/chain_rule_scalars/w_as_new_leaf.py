"""Wrong: chain_w rebuilt as a fresh leaf from chain_p's value, so the graph stops there.

fails: p_grad, w_grad_fn, w_not_leaf, w_grad_none
diagnosis: a new tensor .* cuts the graph
description: builds chain_w as a new tensor from chain_p's value to see its gradient, cutting the graph
mistakes: broken_graph
"""

import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = torch.tensor([10 * chain_p.item()], requires_grad=True)
chain_l = chain_w**2
chain_l.backward()
