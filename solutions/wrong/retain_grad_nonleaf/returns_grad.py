"""Wrong: returns w.grad instead of w, so the grader finds a plain leaf with no .grad and no link to p."""


def retained_nonleaf_grad(p):
    w = 10 * p
    w.retain_grad()
    l = (w**2).sum()
    l.backward()
    return w.grad
