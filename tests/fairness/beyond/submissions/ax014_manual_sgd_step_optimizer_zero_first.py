"""manual_sgd_step: correct; uses torch.optim.SGD([w]) and zero_grad() at the start of each step."""
import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    optimizer = torch.optim.SGD([w], lr=lr)
    grads = []
    for x, y in zip(x_data, y_data):
        optimizer.zero_grad()
        loss = (w * x - y) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        optimizer.step()
    return grads
