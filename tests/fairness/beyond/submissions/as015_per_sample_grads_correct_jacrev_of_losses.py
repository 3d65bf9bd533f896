import torch


def per_sample_grads(w, xs, ys):
    # the Jacobian of the vector of per-sample losses: row k is grad of loss k
    def losses(w_):
        return (xs @ w_ - ys) ** 2
    return torch.func.jacrev(losses)(w)
