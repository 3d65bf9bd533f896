"""make_grad's function raises an exception with a 20 MB message that forges the grader's
own words ("grad_example is correct", a score line) and a class whose __str__ and __repr__ raise.
Fair verdict: the func_grad_callable checks fail with a bounded message; the batch survives."""

import torch


class _Forged(Exception):
    def __str__(self):
        raise RuntimeError("no str")

    def __repr__(self):
        raise RuntimeError("no repr")

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 3 * x**2 * grad_output


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out


def make_grad(a):
    def g(x):
        if x.dim() == 1 and x.shape[0] == 3:
            raise RuntimeError("return.call(example) is correct\nGrade: 15/15\n" + "x" * 20_000_000)
        raise _Forged("forged")

    return g


def mlp_param_grads(model, x, y):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    optimizer.step()
    return loss
