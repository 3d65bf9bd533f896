import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return torch.pow(x, 3)

    @staticmethod
    def backward(ctx, grad_output):
        x = ctx.saved_tensors[0]
        grad_x = 3 * torch.square(x) * grad_output
        return grad_x


def custom_cube(x, v):
    out = Cube.apply(x)
    print(out.grad_fn)
    torch.autograd.backward(out, grad_tensors=v)
    return out
