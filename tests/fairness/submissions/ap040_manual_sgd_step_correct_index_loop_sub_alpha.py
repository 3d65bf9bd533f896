import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    history = []
    for i in range(len(x_data)):
        residual = torch.sub(torch.mul(w, x_data[i]), y_data[i])
        torch.autograd.backward(torch.square(residual).sum())
        history.append(torch.clone(w.grad))
        with torch.no_grad():
            w.sub_(w.grad, alpha=lr)
        w.grad = None
    return history
