"""Wrong: computes from x.detach(); z has no graph, so backward() fails with another error."""


def unreduced_backward(x):
    y = x.detach() + 2
    z = 3 * y * y
    z.backward()
    return z
