"""One mistake: the update adds the gradient (w += lr * grad) instead of subtracting it; the recorded
gradients after the first one and the final w are wrong."""
import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for i in range(len(x_data)):
        loss = (w * x_data[i] - y_data[i]) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        with torch.no_grad():
            w += lr * w.grad
        w.grad.zero_()
    return grads
