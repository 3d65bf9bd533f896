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
        hog.append(bytearray(1 << 20))
