import torch

# a single trainable parameter
chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = torch.mul(chain_p, 10.0)
chain_l = chain_w.square()
chain_l.backward(torch.ones_like(chain_l))
assert chain_p.grad.item() == 200.0
