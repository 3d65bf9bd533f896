"""An honest mean_square_grad with one coefficient wrong: 2 for the prompt's 3. Every step right around it.

Fair verdict: partial credit: the value checks fail, recognised as a slip of one number, and the checks beside them
(the result's flags, one backward pass, x left alone) count.
"""


def mean_square_grad(x):
    out = (2 * (x + 2) ** 2).mean()
    out.backward()
    return out
