import torch


def square_chain(x):
    # dout/dx = 1/n * 4 (x + 2)
    return 4 / 3 * (x + 2)
