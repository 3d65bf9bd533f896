import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        y = x * x * x
        print("Cube.forward:", y)
        return y

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        print("Cube.backward got grad_output:", grad_output)
        return grad_output.mul(x.mul(x)).mul(3)


def custom_cube(x, v):
    out = Cube.apply(x)
    print("grad_fn:", out.grad_fn)
    out.backward(v)
    print("x.grad:", x.grad)
    return out
