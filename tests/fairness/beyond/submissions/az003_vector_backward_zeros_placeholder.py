"""Half done, looks busy: checks the shapes but never computes z or calls backward; returns zeros of
the shape of x as a placeholder."""
import torch


def vector_backward(x, v):
    assert x.shape == v.shape, "x and v must have the same shape"
    # TODO: z = 3 * (x + 2) ** 2 and z.backward(v)
    z = torch.zeros_like(x)
    return z
