import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for x, y in zip(x_data, y_data):
        # d/dw (w x - y)^2 = 2 (w x - y) x
        g = 2 * (w.detach() * x - y) * x
        grads.append(g.clone())
        with torch.no_grad():
            w -= lr * g
    return grads
