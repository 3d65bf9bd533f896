import numpy as np
import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = chain_p * 10
chain_l = torch.pow(chain_w, 2)
chain_l.backward()

print("dl/dp =", chain_p.grad)          # tensor([200.])
print("w is leaf?", chain_w.is_leaf)    # False
print("w.grad:", chain_w.grad)          # None
