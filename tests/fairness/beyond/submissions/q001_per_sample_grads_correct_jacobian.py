import torch
from torch.autograd.functional import jacobian


def per_sample_grads(w, xs, ys):
    # each loss L_k depends on w only through sample k, so the Jacobian of the
    # vector of per-sample losses w.r.t. w has row k = grad of L_k
    def losses(w_):
        return (xs @ w_ - ys) ** 2

    return jacobian(losses, w.detach())
