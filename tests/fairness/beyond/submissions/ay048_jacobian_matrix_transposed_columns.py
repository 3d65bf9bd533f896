"""One mistake: the per-row gradients are stacked along dim=1, so the result is J transposed (columns where
rows belong)."""
import torch


def jacobian_matrix(x):
    xr = x.clone().requires_grad_(True)
    f = xr ** 2 * xr.sum()
    rows = [torch.autograd.grad(f[i], xr, retain_graph=True)[0] for i in range(len(f))]
    return torch.stack(rows, dim=1)
