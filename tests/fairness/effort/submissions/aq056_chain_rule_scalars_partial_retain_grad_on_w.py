import torch


chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = 10 * chain_p
chain_w.retain_grad()
chain_l = chain_w ** 2
chain_l.backward()
