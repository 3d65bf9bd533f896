import torch


def detach_and_accumulate(a, b):
    return a
