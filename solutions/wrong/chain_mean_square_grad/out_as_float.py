"""Wrong: out is returned as a Python float (out.item()), which has no grad_fn."""


def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.mean()
    out.backward()
    return y, z, out.item()
