r"""Wrong: the derivative 2(w x - y) x written by hand; autograd never runs.

fails: backward_per_step
diagnosis: backward\(\) never ran through w
description: computes 2(w x - y) x by hand; backward() never runs
mistakes: no_backward
"""

import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for x, y in zip(x_data, y_data):
        g = 2 * (w.detach() * x - y) * x
        grads.append(g.clone())
        with torch.no_grad():
            w -= lr * g
    return grads
