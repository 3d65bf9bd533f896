"""chain_rule_scalars: python floats."""

import torch

p_val = 1.0
w_val = 10 * p_val
l_val = w_val ** 2
chain_p = torch.tensor([p_val], requires_grad=True)
chain_w = torch.tensor([w_val])
chain_l = torch.tensor([l_val])
chain_p.grad = torch.tensor([2 * w_val * 10])
