"""chain_w times 10 on the right and chain_l as chain_w * chain_w (a MulBackward0, not a power)."""

import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = chain_p * 10
chain_l = chain_w * chain_w
chain_l.backward()
