import torch


@torch.no_grad()
def _descend(param, lr):
    param.sub_(lr * param.grad)


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for i in range(len(x_data)):
        loss = torch.square(w * x_data[i] - y_data[i])
        torch.autograd.backward(loss)
        grads.append(w.grad.detach().clone())
        _descend(w, lr)
        w.grad = None
    return grads
