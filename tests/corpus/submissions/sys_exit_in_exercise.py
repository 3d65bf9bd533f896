"""Calls sys.exit(0) inside an exercise."""
import sys


def square_sum(x):
    sys.exit(0)


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
