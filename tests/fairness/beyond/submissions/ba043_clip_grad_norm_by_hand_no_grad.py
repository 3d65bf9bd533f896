"""Right answer: clipping written by hand under torch.no_grad() (allowed): norm with
torch.linalg.vector_norm, scale min(1, 1/(norm+1e-6)), w.grad scaled in place."""
import torch


def clipped_gradient(w, x):
    loss = (torch.matmul(x, w) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        norm = torch.linalg.vector_norm(w.grad, ord=2)
        scale = torch.clamp(1.0 / (norm + 1e-6), max=1.0)
        w.grad.mul_(scale)
    return norm
