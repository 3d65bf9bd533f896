import torch

def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    norm = w.grad.norm()
    with torch.no_grad():
        w.data = w.data / max(1.0, float(w.data.norm()))
        w.grad /= max(1.0, float(norm))
    return norm
