import torch
from torch.autograd.functional import jacobian


def per_sample_grads(w, xs, ys):
    def per_sample_loss(weights):
        r = torch.einsum("bd,d->b", xs, weights) - ys
        return r.pow(2)

    J = jacobian(per_sample_loss, w)
    print("per-sample gradient matrix:", tuple(J.shape))
    return J
