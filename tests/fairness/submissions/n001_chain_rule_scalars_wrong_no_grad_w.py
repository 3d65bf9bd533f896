import torch

chain_p = torch.tensor([1.0], requires_grad=True)
with torch.no_grad():
    chain_w = 10 * chain_p
chain_w.requires_grad_()
chain_l = chain_w ** 2
chain_l.backward()
