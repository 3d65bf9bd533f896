"""One mistake: computes the gradient of the mean loss over the batch once and repeats it for every row,
instead of each sample's own gradient (the shape is right, the rows are not)."""
import torch


def per_sample_grads(w, xs, ys):
    wr = w.detach().clone().requires_grad_(True)
    loss = ((xs @ wr - ys) ** 2).mean()
    (g,) = torch.autograd.grad(loss, wr)
    return g.unsqueeze(0).expand(xs.shape[0], -1).clone()
