import torch

def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for i in range(len(x_data) - 1):
        x, y = x_data[i], y_data[i]
        loss = (w * x - y) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        with torch.no_grad():
            w -= lr * w.grad
        w.grad = None
    return grads
