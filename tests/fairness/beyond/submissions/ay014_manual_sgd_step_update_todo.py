"""Half done: loss, backward, clone and reset are written but the in-place update of w is left as a TODO,
so w never moves and only the first recorded gradient is right."""
import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for x, y in zip(x_data, y_data):
        loss = (w * x - y) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        # TODO: update w with lr (w -= lr * w.grad) without recording it
        w.grad.zero_()
    return grads
