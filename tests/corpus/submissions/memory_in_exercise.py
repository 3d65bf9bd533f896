"""Asks torch for 400 GB in one exercise, and grows a list until memory runs out in another."""
import torch

def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    huge = torch.empty(10 ** 11)
    return 3 * x


def mean_item(x):
    hog = []
    while True:
        # Blocks the allocator maps without touching: the limit is hit in
        # milliseconds, however loaded the machine is.
        hog.append(bytes(64 << 20))
