import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    opt = torch.optim.SGD([w], lr=lr)
    grads = []
    for xi, yi in zip(x_data, y_data):
        loss = (w * xi - yi) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        opt.step()
        opt.zero_grad()
    return grads
