"""Wrong: backward() without an argument on a tensor of several elements raises."""


def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    z.backward()
    return z
