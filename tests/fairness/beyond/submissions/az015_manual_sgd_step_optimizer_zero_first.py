"""Right answer: uses torch.optim.SGD([w], lr) for the in-place update (allowed), zero_grad() at the
start of each step, records a clone of the gradient before the step."""
import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    assert x_data.shape == y_data.shape and x_data.dim() == 1
    opt = torch.optim.SGD([w], lr=lr)
    grads = []
    for x, y in zip(x_data, y_data):
        opt.zero_grad()
        loss = (w * x - y) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        opt.step()
    return grads
