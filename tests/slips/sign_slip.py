"""An honest mean_square_grad with one sign wrong: x - 2 for x + 2.

Fair verdict: partial credit, the value checks recognised as a flipped sign.
"""


def mean_square_grad(x):
    out = (3 * (x - 2) ** 2).mean()
    out.backward()
    return out
