import torch

chain_p = torch.tensor([1.0], requires_grad=True)
# make w its own tensor so it has a gradient too
chain_w = torch.tensor([10 * chain_p.item()], requires_grad=True)
chain_l = chain_w ** 2
chain_l.backward()
print(chain_w.grad, chain_p.grad)
