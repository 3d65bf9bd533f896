import torch


def _dcube(x):
    return 3 * x.square()


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.pow(3)

    @staticmethod
    def backward(ctx, grad_output):
        grad_x = None
        if ctx.needs_input_grad[0]:
            x = ctx.saved_tensors[0]
            grad_x = grad_output * _dcube(x)
        return grad_x


cube = Cube.apply


def custom_cube(x, v):
    out = cube(x)
    out.backward(v)
    return out
