r"""Wrong: backward() on the intermediate chain_w gives dw/dp = 10, not dl/dp.

fails: p_grad
diagnosis: call backward\(\) on chain_l
description: calls backward() on chain_w instead of chain_l, which gives dw/dp = 10
mistakes: no_backward
"""

import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = 10 * chain_p
chain_l = chain_w**2
chain_w.backward()
