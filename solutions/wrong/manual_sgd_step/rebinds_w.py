"""Wrong: w = w - lr * w.grad builds a new, non-leaf w; its .grad is None at the next step.

fails: first_grad, grads, w_after, grads_hidden
diagnosis: 'NoneType' object has no attribute 'clone'
description: writes w = w - lr * w.grad, which makes a new non-leaf w and leaves the caller's w unchanged
mistakes: not_leaf, grad_mode
"""


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for x, y in zip(x_data, y_data):
        loss = (w * x - y) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        w = w - lr * w.grad
    return grads
