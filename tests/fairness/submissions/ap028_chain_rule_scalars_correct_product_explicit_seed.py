import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = 10 * chain_p
chain_l = chain_w * chain_w
chain_l.backward(torch.ones_like(chain_l))
