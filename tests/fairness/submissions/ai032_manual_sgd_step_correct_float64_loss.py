"""Answer to manual_sgd_step (float64_loss)."""

import torch

def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for i in range(len(x_data)):
        loss = (w.double() * x_data[i].double() - y_data[i].double()) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        with torch.no_grad():
            w -= lr * w.grad
        w.grad.zero_()
    return grads
