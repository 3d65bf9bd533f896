"""Wrong: a fresh detached leaf replaces w after each update; the caller's w is never updated.

fails: w_after, w_after_hidden
diagnosis: never updated it
description: replaces w by a new detached leaf after each update instead of updating it in place, so the w you were given never changes
mistakes: stale
"""


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for x, y in zip(x_data, y_data):
        loss = (w * x - y) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        w = (w - lr * w.grad).detach().requires_grad_()
    return grads
