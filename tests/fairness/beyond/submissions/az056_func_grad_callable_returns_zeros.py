"""Half done, looks busy: returns a function of the right signature that gives zeros of x's shape and
dtype; no gradient is computed."""
import torch


def make_grad(a):
    def g(x):
        # TODO: gradient of sum(sin(a x) + a/2 x^2)
        return torch.zeros_like(x)
    return g
