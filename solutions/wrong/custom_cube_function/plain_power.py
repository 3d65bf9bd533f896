"""No custom Function at all: x ** 3, differentiated by autograd's own rule."""


def custom_cube(x, v):
    out = x**3
    out.backward(v)
    return out
