"""One mistake: reads J_ij as d f_j / d x_i and returns the transpose of the Jacobian from
torch.autograd.functional.jacobian."""
import torch


def jacobian_matrix(x):
    def f(t):
        return t ** 2 * t.sum()

    J = torch.autograd.functional.jacobian(f, x)
    return J.T
