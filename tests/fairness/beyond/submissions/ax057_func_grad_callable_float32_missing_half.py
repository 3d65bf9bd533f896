"""func_grad_callable: half done, two mistakes: the quadratic term is a*x^2 (the /2 dropped) and x is cast to float32."""
import torch


def make_grad(a):
    def f(x):
        return (torch.sin(a * x) + a * x ** 2).sum()

    grad_f = torch.func.grad(f)

    def g(x):
        return grad_f(x.float())

    return g
