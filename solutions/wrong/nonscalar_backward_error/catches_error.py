"""Wrong: catches the RuntimeError, so the caller never sees it."""


def unreduced_backward(x):
    y = x + 2
    z = 3 * y * y
    try:
        z.backward()
    except RuntimeError as exc:
        print("backward failed:", exc)
    return z
