import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = torch.tensor([10.0], requires_grad=True) * 1
chain_l = chain_w ** 2
chain_l.backward()
chain_p.grad = torch.tensor([200.0])
