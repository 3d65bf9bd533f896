"""Replaces builtins the grader's code in the child uses, then returns wrong answers."""
import builtins

import torch

builtins.isinstance = lambda obj, cls: True
builtins.len = lambda obj: 0
builtins.sorted = lambda it, **k: []


def square_sum(x):
    return torch.tensor(0.0)


def triple(x):
    return torch.zeros(2)


def mean_item(x):
    return 0.0
