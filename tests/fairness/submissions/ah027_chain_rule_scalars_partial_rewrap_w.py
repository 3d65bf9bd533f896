"""Autograd exercises: my answer to chain_rule_scalars."""

import torch


# Top level, not inside a function: the grader reads these names once the whole notebook has run.
chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = torch.tensor(10 * chain_p, requires_grad=True)
chain_l = chain_w ** 2
chain_l.backward()
