import torch


def _sample_loss(w, x, y):
    r = torch.dot(w.double(), x.double()) - y.double()
    return (r * r).to(w.dtype)


def per_sample_grads(w, xs, ys):
    g = torch.func.grad(_sample_loss, argnums=0)
    out = torch.func.vmap(g, in_dims=(None, 0, 0), out_dims=0)(w, xs.clone(), ys.clone())
    return out.contiguous()
