import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x.square()

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        grad_x = None
        if ctx.needs_input_grad[0]:
            grad_x = torch.mul(grad_output, 3 * x * x)
        return grad_x


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out
