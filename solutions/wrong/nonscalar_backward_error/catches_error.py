"""Wrong: catches the RuntimeError, so the caller never sees it.

fails: raises_on_vector, raises_hidden
diagnosis: no try/except
description: wraps backward() in try/except, so the error never reaches the caller
mistakes: exception
"""


def unreduced_backward(x):
    y = x + 2
    z = 3 * y * y
    try:
        z.backward()
    except RuntimeError as exc:
        print("backward failed:", exc)
    return z
