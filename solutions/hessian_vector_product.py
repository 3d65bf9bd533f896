"""Reference solution: hessian_vector_product."""

import torch


def hessian_vector_product(x: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    f = (x**4).sum() / 4 + x.sum() ** 2
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    (hv,) = torch.autograd.grad(g, x, grad_outputs=v)
    return g, hv
