"""Wrong: torch.tensor([1]) is an integer tensor, which cannot require grad.

fails: p_grad, p_is_leaf, w_grad_fn, w_not_leaf, l_value, l_grad_fn
diagnosis: Only Tensors of floating point
description: creates chain_p from the integer 1, which cannot require grad
mistakes: dtype
"""

import torch

chain_p = torch.tensor([1], requires_grad=True)
chain_w = 10 * chain_p
chain_l = chain_w**2
chain_l.backward()
