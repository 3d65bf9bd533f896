"""Wrong: no retain_grad(), so the non-leaf w keeps no .grad."""


def retained_nonleaf_grad(p):
    w = 10 * p
    l = (w**2).sum()
    l.backward()
    return w
