import torch


def per_sample_grads(w, xs, ys):
    def losses(weights):
        return (xs @ weights - ys) ** 2
    return torch.func.jacrev(losses)(w)
