"""An index loop, torch.pow, sub_ under no_grad, and w.grad = None as the reset; prints each step."""

import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    history = []
    for i in range(len(x_data)):
        loss = torch.pow(w * x_data[i] - y_data[i], 2)
        loss.backward()
        history.append(w.grad.detach().clone())
        print(f"step {i}: loss={loss.item():.4f} grad={w.grad.item():.4f}")
        with torch.no_grad():
            w.sub_(lr * w.grad)
        w.grad = None
    return history
