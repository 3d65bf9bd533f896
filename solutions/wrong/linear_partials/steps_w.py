"""Wrong: after backward() it also takes a gradient step on w, changing an input the exercise leaves alone.

fails: w_unchanged
diagnosis: changed the values of w
description: takes a gradient step on w after backward(), changing an input the prompt leaves alone
mistakes: input_mutated
"""

import torch


def linear_partials(x, w, b):
    y = w * x + b
    y.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    return y
