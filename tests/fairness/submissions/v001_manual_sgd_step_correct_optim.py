import torch

def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    opt = torch.optim.SGD([w], lr=lr)
    grads = []
    for i in range(len(x_data)):
        opt.zero_grad()
        loss = (w * x_data[i] - y_data[i]).pow(2).sum()
        loss.backward()
        grads.append(w.grad.clone())
        opt.step()
    return grads
