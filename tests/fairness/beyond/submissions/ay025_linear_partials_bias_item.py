"""One mistake: adds b.item() instead of b, which cuts b out of the graph: y and the partials for x and w
are right but b.grad stays None."""
import torch


def linear_partials(x, w, b):
    y = w * x + b.item()
    y.backward()
    return y
