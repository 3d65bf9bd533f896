import numpy as np
import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    """One pass of per-sample SGD on y_hat = w * x (no optimizer)."""
    history = []
    for i in range(len(x_data)):
        x_i, y_i = x_data[i], y_data[i]
        err = w * x_i - y_i
        loss = torch.pow(err, 2)
        loss.backward()
        history.append(w.grad.clone())
        print(f"sample {i}: loss={loss.item():.3f}  grad={w.grad.item():.3f}")
        with torch.no_grad():
            w.sub_(lr * w.grad)
        w.grad = None   # reset so the next backward starts from nothing
    return history
