"""Wrong: the gradients are right, but it returns y.item() instead of the tensor."""


def linear_partials(x, w, b):
    y = w * x + b
    y.backward()
    return y.item()
