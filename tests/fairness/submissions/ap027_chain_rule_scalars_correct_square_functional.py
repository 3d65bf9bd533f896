import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = torch.mul(chain_p, 10)
chain_l = torch.square(chain_w)
torch.autograd.backward(chain_l)
