"""Crashes the interpreter through ctypes inside an exercise."""
import ctypes


def square_sum(x):
    ctypes.string_at(0)


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
