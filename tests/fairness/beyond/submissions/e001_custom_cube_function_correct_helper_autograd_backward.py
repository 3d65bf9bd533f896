import torch


def _cube_derivative(x):
    """d/dx x^3 = 3 x^2"""
    return 3.0 * x.square()


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.pow(3)

    @staticmethod
    def backward(ctx, grad_output):
        saved = ctx.saved_tensors
        x = saved[0]
        return _cube_derivative(x) * grad_output


cube = Cube.apply


def custom_cube(x, v):
    out = cube(x)
    torch.autograd.backward(out, grad_tensors=v)
    return out
