"""float64 parameter and a helper function that builds the graph."""

import torch


def build_chain(p: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    w = 10 * p
    return w, w.pow(2)


chain_p = torch.tensor([1.0], dtype=torch.float64, requires_grad=True)
chain_w, chain_l = build_chain(chain_p)
chain_l.backward()
assert chain_p.grad.item() == 200.0
