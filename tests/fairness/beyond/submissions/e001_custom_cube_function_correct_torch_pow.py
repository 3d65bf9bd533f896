import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return torch.pow(x, 3)

    @staticmethod
    def backward(ctx, grad_output):
        x = ctx.saved_tensors[0]
        grad_x = grad_output * 3 * torch.pow(x, 2)
        return grad_x


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(gradient=v)
    return out
