"""Calls os._exit(0) inside an exercise: the process ends with a success status."""
import os

def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    os._exit(0)


def mean_item(x):
    return x.mean().item()
