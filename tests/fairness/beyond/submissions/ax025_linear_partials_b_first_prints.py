"""linear_partials: correct; writes y = b + w * x (still ends with an addition), one backward, prints the partials."""
import torch


def linear_partials(x, w, b):
    y = b + w * x
    y.backward()
    print("dy/dx", x.grad, "dy/dw", w.grad, "dy/db", b.grad)
    return y
