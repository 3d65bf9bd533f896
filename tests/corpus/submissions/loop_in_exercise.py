"""Loops forever inside one exercise; the others are fine."""


def square_sum(x):
    while True:
        pass


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
