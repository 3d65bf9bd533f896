import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.pow(3)

    @staticmethod
    def backward(ctx, grad_output):
        saved = ctx.saved_tensors[0]
        grad_input = grad_output.mul(saved.pow(2)).mul(3)
        return grad_input


def cube(t):
    return Cube.apply(t)


def custom_cube(x, v):
    out = cube(x)
    torch.autograd.backward(out, grad_tensors=v, retain_graph=True)
    return out
