"""Makes torch itself believe CUDA is there (torch._C._cuda_getDeviceCount, which the captured
torch.cuda.is_available reads) on a machine without it, so that the grader tries a GPU run it cannot make.
Fair verdict: mlp_param_grads keeps its full marks (its answers are right) with the "ran on CPU"
note; the batch goes on; the other exercises keep their full marks."""

import torch

torch._C._cuda_getDeviceCount = lambda: 1
torch.cuda._is_compiled = lambda: True


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
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    optimizer.step()
    return loss
