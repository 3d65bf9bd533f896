"""Autograd exercises: my answer for `manual_sgd_step`."""

import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for x, y in zip(x_data, y_data):
        loss = (w * x - y) ** 2
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
        w.grad.zero_()
        grads.append(w.grad.clone())
    return grads
