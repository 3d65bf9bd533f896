import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    optimizer = torch.optim.SGD([w], lr=lr)
    grads = []
    for i in range(len(x_data)):
        loss = (w * x_data[i] - y_data[i]) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        optimizer.step()
        optimizer.zero_grad()
    return grads
