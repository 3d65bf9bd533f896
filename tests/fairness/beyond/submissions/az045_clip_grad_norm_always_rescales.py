"""One mistake: the hand-written clipping always divides by the norm, so a gradient already within the
limit is scaled up to norm 1 instead of being left as it is."""
import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    norm = w.grad.norm()
    with torch.no_grad():
        w.grad /= (norm + 1e-6)
    return norm
