import torch


def logsumexp_hessian(x):
    x64 = x.detach().to(torch.float64)
    grad_f = torch.func.jacrev(lambda v: torch.logsumexp(v, dim=0))
    H = torch.func.jacrev(grad_f)(x64)
    print("symmetric:", torch.allclose(H, H.T))
    return H.to(x.dtype)
