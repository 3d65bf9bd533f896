"""Gradient descent to the minimum of f(x) = 3x^2 + 2x - 1.2."""
import torch
from torch import Tensor


class ParabolaDescent:
    """Plain gradient descent on a one-element leaf tensor, updated in place."""

    def __init__(self, x: Tensor, lr: float, verbose: bool = False) -> None:
        assert x.is_leaf and x.requires_grad, "x must be a leaf that requires grad"
        assert x.numel() == 1, "x must hold exactly one value"
        self.x = x
        self.lr = float(lr)
        self.verbose = verbose
        self.n_backward = 0

    @staticmethod
    def f(x: Tensor) -> Tensor:
        return 3 * x ** 2 + 2 * x - 1.2

    def step(self) -> None:
        y = self.f(self.x)
        y.backward()
        self.n_backward += 1
        with torch.no_grad():
            self.x -= self.lr * self.x.grad
        if self.verbose:
            print(f"step {self.n_backward}: y={y.item():.6f} grad={self.x.grad.item():.6f} x={self.x.item():.6f}")
        self.x.grad.zero_()

    def value(self) -> float:
        """f at the CURRENT x (after the last update)."""
        with torch.no_grad():
            return float(self.f(self.x))


def parabola_minimum(x: Tensor, lr: float, steps: int) -> float:
    solver = ParabolaDescent(x, lr)
    for _ in range(int(steps)):
        solver.step()
    assert solver.n_backward == steps
    assert x.is_leaf, "in-place update under no_grad keeps x a leaf"
    return solver.value()
