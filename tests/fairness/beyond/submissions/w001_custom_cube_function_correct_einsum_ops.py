import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return torch.einsum("...,...,...->...", x, x, x)

    @staticmethod
    def backward(ctx, grad_output):
        x = ctx.saved_tensors[0]
        return torch.einsum("...,...,...->...", x, x, grad_output).mul(3)


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v, retain_graph=False)
    return out
