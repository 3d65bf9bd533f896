import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        # Write your code here, then delete the next line (it marks the exercise as not done).
        raise NotImplementedError

    @staticmethod
    def backward(ctx, grad_output):
        # Write your code here, then delete the next line.
        raise NotImplementedError


def custom_cube(x, v):
    # Write your code here, then delete the next line (it marks the exercise as not done).
    raise NotImplementedError
