import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = chain_p.mul(10)
chain_l = chain_w.pow(2)
chain_l.backward(torch.ones_like(chain_l))
