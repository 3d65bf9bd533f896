"""Gradient of the mean of an element-wise product."""
from dataclasses import dataclass

import torch
from torch import Tensor


@dataclass
class MeanProduct:
    t1: Tensor
    t2: Tensor

    def validate(self) -> None:
        assert self.t1.shape == self.t2.shape, "t1 and t2 must have the same shape"
        assert self.t1.is_leaf and self.t1.requires_grad, "t1 must be a leaf requiring grad"
        assert not self.t2.requires_grad, "t2 should not require grad"

    def forward(self) -> Tensor:
        product = torch.mul(self.t1, self.t2)
        return torch.mean(product)


def mean_product_grad(t1: Tensor, t2: Tensor) -> Tensor:
    """Compute out = mean(t1 * t2), backpropagate once, return out (a tensor)."""
    snapshot1, snapshot2 = t1.detach().clone(), t2.detach().clone()
    problem = MeanProduct(t1, t2)
    problem.validate()

    out = problem.forward()
    out.backward()

    expected = snapshot2 / snapshot2.numel()
    assert t1.grad is not None and t1.grad.shape == t1.shape
    assert torch.allclose(t1.grad, expected), "autograd disagrees with t2 / n"
    assert torch.equal(t1.detach(), snapshot1) and torch.equal(t2, snapshot2)
    return out
