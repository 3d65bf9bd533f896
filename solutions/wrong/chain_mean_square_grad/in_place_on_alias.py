"""Wrong: y = x does not copy; y += 2 then changes the leaf x in place, which autograd refuses."""


def square_chain(x):
    y = x
    y += 2
    z = y * y * 2
    out = z.mean()
    out.backward()
    return y, z, out
