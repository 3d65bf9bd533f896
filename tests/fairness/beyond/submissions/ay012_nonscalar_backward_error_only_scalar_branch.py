"""Half done: only the one-element branch is written (z.backward()); for larger tensors the branch is a
TODO, so no RuntimeError is raised and z is returned without any backward."""
import torch


def unreduced_backward(x):
    y = x + 2
    z = 3 * y ** 2
    if z.numel() == 1:
        z.backward()
    else:
        # TODO: what should happen for several elements?
        pass
    return z
