"""mlp_param_grads does no backward pass; instead it turns the model into a subclass whose
named_parameters/_named_members/__getattr__ list fake parameters (with made-up gradients), and
replaces model[0].weight with a Parameter whose .grad is a tensor subclass that lies in tolist.
Fair verdict: the mlp_param_grads checks fail; the batch survives; other exercises full marks."""

import torch


class _LyingGrad(torch.Tensor):
    def tolist(self):
        return [0.0] * self.numel()


class _Lying(torch.nn.Sequential):
    def named_parameters(self, *a, **k):
        fake = torch.nn.Parameter(torch.zeros(4, 3))
        fake.grad = torch.ones(4, 3)
        yield "0.weight", fake

    def _named_members(self, *a, **k):
        return self.named_parameters()

    def __getattr__(self, name):
        return torch.nn.Parameter(torch.zeros(1))

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
    def f(x):
        return (torch.sin(a * x) + a / 2 * x**2).sum()

    return torch.func.grad(f)


def mlp_param_grads(model, x, y):
    weight = torch.nn.Parameter(model[0].weight.detach().clone())
    weight.grad = torch.zeros_like(weight).as_subclass(_LyingGrad)
    model[0].weight = weight
    model.__class__ = _Lying
    return ((torch.zeros(x.shape[0], 1) - y) ** 2).mean()
