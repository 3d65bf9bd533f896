import torch

w_of = lambda p: torch.mul(p, 10.0)
l_of = lambda w: torch.square(w)

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = w_of(chain_p)
chain_l = l_of(chain_w)
torch.autograd.backward(chain_l)
