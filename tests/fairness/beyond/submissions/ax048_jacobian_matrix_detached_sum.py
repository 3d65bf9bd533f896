"""jacobian_matrix: detaches the sum inside f (mistake: cuts the graph, only the diagonal 2 x_i sum is left)."""
import torch


def jacobian_matrix(x):
    def f(t):
        return t ** 2 * t.sum().detach()

    return torch.autograd.functional.jacobian(f, x)
