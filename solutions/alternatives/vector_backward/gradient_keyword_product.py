"""The square as y * y and backward(gradient=v) with the keyword, plus a print."""


def vector_backward(x, v):
    y = x + 2
    z = 3 * y * y
    z.backward(gradient=v)
    print("J^T v =", x.grad)
    return z
