r"""Wrong: the backward() cell ran twice (retain_graph=True the first time), so chain_p.grad adds up to 400.

fails: p_grad
diagnosis: \.grad accumulates
description: runs the backward() cell twice (retain_graph=True the first time), so chain_p.grad doubles
mistakes: accumulation, backward_count
"""

import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = 10 * chain_p
chain_l = chain_w**2
chain_l.backward(retain_graph=True)
chain_l.backward()
