"""Almost nothing: returns a zeros matrix of the right shape as a placeholder; no Jacobian is
computed."""
import torch


def jacobian_matrix(x):
    n = x.shape[0]
    jac = torch.zeros(n, n)
    # TODO: use torch.autograd.functional.jacobian
    return jac
