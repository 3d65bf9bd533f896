"""Forgets to return."""
def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    y = 3 * x


def mean_item(x):
    return x.mean().item()
