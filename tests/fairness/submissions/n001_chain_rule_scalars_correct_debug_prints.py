import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = 10 * chain_p
chain_l = chain_w ** 2
print("is_leaf:", chain_p.is_leaf, chain_w.is_leaf, chain_l.is_leaf)
print("grad_fn:", chain_w.grad_fn, chain_l.grad_fn)
chain_l.backward()
print("dl/dp =", chain_p.grad)        # expect 200
print("chain_l =", chain_l.item())   # expect 100
