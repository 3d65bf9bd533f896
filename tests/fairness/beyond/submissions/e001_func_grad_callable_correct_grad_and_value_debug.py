import torch


def make_grad(a):
    print("make_grad called with a =", a)

    def f(x):
        total = torch.sin(a * x).sum() + (a / 2) * (x ** 2).sum()
        return total

    gv = torch.func.grad_and_value(f)

    def g(x):
        grads, value = gv(x)
        print("f(x) =", value.item())
        return grads

    return g
