"""One mistake: out is z.sum() / 3 with n hard-coded to the example's 3 elements (grad_fn DivBackward0,
and wrong value and gradient for inputs of other sizes); y and z are right."""
import torch


def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.sum() / 3
    out.backward()
    return y, z, out
