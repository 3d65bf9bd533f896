r"""Wrong: out is returned as a Python float (out.item()), which has no grad_fn.

fails: out_grad_fn, values, values_hidden
diagnosis: no \.item\(\)
description: returns out.item(), a Python float, instead of the tensor out
mistakes: type
"""


def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.mean()
    out.backward()
    return y, z, out.item()
