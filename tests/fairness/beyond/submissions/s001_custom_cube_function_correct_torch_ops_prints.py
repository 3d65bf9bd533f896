import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        print("Cube.forward on", x.shape)
        ctx.save_for_backward(x)
        return torch.pow(x, 3)

    @staticmethod
    def backward(ctx, grad_output):
        saved = ctx.saved_tensors
        x = saved[0]
        grad_x = torch.mul(torch.mul(x.pow(2), 3), grad_output)
        print("Cube.backward, grad_output =", grad_output)
        return grad_x


def custom_cube(x, v):
    out = Cube.apply(x)
    print("out.grad_fn:", out.grad_fn)
    out.backward(v)
    print("x.grad:", x.grad)
    return out
