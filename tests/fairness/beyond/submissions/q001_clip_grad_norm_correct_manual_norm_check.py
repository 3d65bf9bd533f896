import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    expected = torch.linalg.vector_norm(w.grad)   # norm before clipping, for checking
    norm = torch.nn.utils.clip_grad_norm_(parameters=[w], max_norm=1.0)
    assert torch.allclose(norm, expected)
    return norm
