"""chain_rule_scalars: calls backward on chain_l twice (retain_graph, then again) (mistake: chain_p.grad is 400, not 200)."""
import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = chain_p * 10
chain_l = chain_w ** 2
chain_l.backward(retain_graph=True)
chain_l.backward()
print(chain_p.grad)
