r"""Wrong: w.grad is never zeroed, so each step's gradient adds to the previous ones.

fails: grads, w_after, grads_hidden, w_after_hidden
diagnosis: \.grad accumulates
description: never zeroes w.grad, so every recorded gradient includes the earlier ones
example: true
mistakes: accumulation
"""

import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for x, y in zip(x_data, y_data):
        loss = (w * x - y) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        with torch.no_grad():
            w -= lr * w.grad
    return grads
