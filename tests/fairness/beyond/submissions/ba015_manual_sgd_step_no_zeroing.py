"""One mistake: never resets w.grad between samples, so each recorded gradient (and update)
includes all earlier ones (accumulation)."""
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
