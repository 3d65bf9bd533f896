import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    opt = torch.optim.SGD([w], lr=lr)
    recorded = []
    n = x_data.shape[0]
    for k in range(n):
        opt.zero_grad()
        loss = (x_data[k] * w - y_data[k]) ** 2
        loss.backward()
        recorded.append(w.grad.clone())
        opt.step()
    return recorded
