import torch


def mean_square_grad(x):
    out = torch.mean(3 * (x + 2) ** 2)
    out.backward()
    print("out =", out.item(), "x.grad =", x.grad)
    return out
