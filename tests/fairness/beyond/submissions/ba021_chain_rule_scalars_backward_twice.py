"""One mistake: calls backward() on chain_l twice (keeping the graph for the second), so
chain_p.grad is 400 instead of 200."""
import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = 10 * chain_p
chain_l = chain_w ** 2
chain_l.backward(retain_graph=True)
print(chain_p.grad)
chain_l.backward()
