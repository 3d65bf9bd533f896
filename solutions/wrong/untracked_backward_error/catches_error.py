r"""Wrong: swallows the RuntimeError instead of letting it reach the caller.

fails: raises_untracked, raises_hidden
diagnosis: caught it \(try/except\)
description: catches the RuntimeError and returns z anyway
mistakes: exception
"""


def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y * y).mean()
    try:
        z.backward()
    except RuntimeError:
        pass
    return z
