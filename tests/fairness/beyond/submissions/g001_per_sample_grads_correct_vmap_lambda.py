import torch


def per_sample_grads(w, xs, ys):
    sample_loss = lambda weights, x, y: ((weights * x).sum() - y).square()
    grad_fn = torch.func.grad(sample_loss, argnums=0)
    batched = torch.func.vmap(grad_fn, in_dims=(None, 0, 0))
    grads = batched(w, xs, ys)
    assert grads.shape == xs.shape
    return grads
