import torch


def _loss(t):
    s = t.sum()
    return (t ** 4).sum() * 0.25 + s * s


def _grad(fn, inp, **kw):
    return torch.autograd.grad(fn, inp, **kw)[0]


def hessian_vector_product(x, v):
    g = _grad(_loss(x), x, create_graph=True, retain_graph=True)
    hv = _grad(g @ v, x)
    assert g.requires_grad
    return g, hv
