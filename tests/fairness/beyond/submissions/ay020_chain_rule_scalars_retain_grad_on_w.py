"""One mistake: calls chain_w.retain_grad(), which the prompt says not to do, so chain_w.grad is [20.]
instead of None; the values and chain_p.grad are right."""
import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = 10 * chain_p
chain_w.retain_grad()
chain_l = chain_w ** 2
chain_l.backward()
