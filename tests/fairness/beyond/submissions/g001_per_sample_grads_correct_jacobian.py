import torch


def per_sample_grads(w, xs, ys):
    # the vector of per-sample losses; its Jacobian with respect to w has
    # row k = gradient of loss k alone
    def losses(w_):
        return (xs @ w_ - ys) ** 2

    return torch.autograd.functional.jacobian(losses, w)
