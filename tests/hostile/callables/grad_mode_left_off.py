"""custom_cube leaves autograd switched off behind it (torch.set_grad_enabled(False), and an
inference_mode entered and never left), anomaly mode on and float64 as the default dtype; its own
answers are right.
Fair verdict: full marks everywhere: each exercise is graded as if called in a fresh process (its
own later cases, and the other exercises, start with autograd on); other students unaffected."""

import torch


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
    torch.set_grad_enabled(False)
    torch.autograd.set_detect_anomaly(True)
    torch.set_default_dtype(torch.float64)
    torch.inference_mode().__enter__()
    return out


def make_grad(a):
    def f(x):
        return (torch.sin(a * x) + a / 2 * x**2).sum()

    return torch.func.grad(f)


def mlp_param_grads(model, x, y):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    optimizer.step()
    return loss
