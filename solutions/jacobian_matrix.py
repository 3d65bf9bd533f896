"""Reference solution: jacobian_matrix."""

import torch


def jacobian_map(x: torch.Tensor) -> torch.Tensor:
    return x**2 * x.sum()


def jacobian_matrix(x: torch.Tensor) -> torch.Tensor:
    return torch.autograd.functional.jacobian(jacobian_map, x)
