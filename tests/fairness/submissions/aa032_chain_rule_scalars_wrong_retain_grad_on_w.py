import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = 10 * chain_p
chain_w.retain_grad()   # so that I can also see dl/dw
chain_l = chain_w ** 2
chain_l.backward()
print("dl/dw =", chain_w.grad, "dl/dp =", chain_p.grad)
