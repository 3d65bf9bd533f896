"""No custom Function at all: x ** 3, differentiated by autograd's own rule.

fails: out_from_cube, x_grad, x_grad_hidden
diagnosis: grad_fn|CubeBackward|PowBackward
description: computes x ** 3 directly; autograd's own PowBackward does the work, not a custom Function
mistakes: operation
"""


def custom_cube(x, v):
    out = x**3
    out.backward(v)
    return out
