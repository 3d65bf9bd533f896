import torch


def per_sample_grads(w, xs, ys):
    b, d = xs.shape
    grads = torch.zeros(b, d, dtype=w.dtype)
    for k in range(b):
        wk = w.clone().requires_grad_()   # a fresh leaf per sample: no accumulation
        r = (wk * xs[k]).sum() - ys[k]
        L = r.pow(2)
        L.backward()
        grads[k] = wk.grad
        print(f"sample {k}: residual {r.item():.4f}, grad {wk.grad}")
    return grads
