import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = chain_p * 10.0
chain_l = chain_w * chain_w
chain_l.backward()
