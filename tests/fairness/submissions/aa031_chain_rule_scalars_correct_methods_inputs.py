import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = chain_p.mul(10)
chain_l = chain_w.mul(chain_w)
chain_l.backward(gradient=torch.ones_like(chain_l), inputs=[chain_p])
