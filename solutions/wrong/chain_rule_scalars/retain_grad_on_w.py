"""Wrong: retain_grad() on chain_w, to look at its gradient; the prompt says chain_w.grad stays None.

fails: w_grad_none
diagnosis: without retain_grad
description: calls chain_w.retain_grad(), so chain_w keeps a .grad the prompt says stays None
mistakes: not_leaf
"""

import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = 10 * chain_p
chain_w.retain_grad()
chain_l = chain_w**2
chain_l.backward()
