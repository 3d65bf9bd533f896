"""torch.mul and torch.square, backward with an explicit ones gradient, prints of the graph facts."""

import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = torch.mul(chain_p, 10.0)
chain_l = torch.square(chain_w)
chain_l.backward(torch.ones_like(chain_l))

print("dl/dp:", chain_p.grad)
print("leaves:", chain_p.is_leaf, chain_w.is_leaf)
print("grad_fn of w and l:", chain_w.grad_fn, chain_l.grad_fn)
print("chain_w.grad:", chain_w.grad)
