"""Right answer: vmap(grad(loss), in_dims=(None, 0, 0)) with a named loss function; asserts the result
shape is (b, d)."""
import torch
from torch.func import grad, vmap


def _sample_loss(w, x, y):
    r = torch.dot(w, x) - y
    return r ** 2


def per_sample_grads(w, xs, ys):
    b, d = xs.shape
    assert w.shape == (d,) and ys.shape == (b,)
    out = vmap(grad(_sample_loss), in_dims=(None, 0, 0))(w, xs, ys)
    assert out.shape == (b, d)
    return out
