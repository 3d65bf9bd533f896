import torch


chain_p = torch.ones(1, dtype=torch.float64).requires_grad_()
chain_w = chain_p.mul(10)
chain_l = chain_w * chain_w
chain_l.backward(gradient=torch.ones_like(chain_l))
