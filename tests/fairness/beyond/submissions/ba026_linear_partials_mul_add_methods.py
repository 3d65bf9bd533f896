"""Right answer: y = w.mul(x).add(b) (last node an addition) and a single y.backward()."""
import torch


def linear_partials(x, w, b):
    y = w.mul(x).add(b)
    y.backward()
    return y
