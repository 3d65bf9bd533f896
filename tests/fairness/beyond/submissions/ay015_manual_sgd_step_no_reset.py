"""One mistake: the gradient is never reset between samples, so from the second sample on the recorded
gradient (and the update) includes the earlier ones."""
import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for i in range(len(x_data)):
        loss = (w * x_data[i] - y_data[i]) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        with torch.no_grad():
            w -= lr * w.grad
    return grads
