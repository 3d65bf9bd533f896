import torch


def jacobian_matrix(x):
    xx = x.clone().requires_grad_(True)
    y = xx ** 2 * xx.sum()
    rows = []
    for i in range(len(y)):
        y[i].backward(retain_graph=True)
        rows.append(xx.grad.clone())
    return torch.stack(rows)
