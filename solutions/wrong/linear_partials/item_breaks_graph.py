"""Wrong: w.item() turns w into a plain number, so no gradient reaches w."""


def linear_partials(x, w, b):
    y = w.item() * x + b
    y.backward()
    return y
