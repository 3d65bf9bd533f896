"""Raises KeyboardInterrupt and SystemExit from exercises."""
def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    raise SystemExit(0)


def mean_item(x):
    raise KeyboardInterrupt
