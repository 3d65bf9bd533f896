"""Right answer: torch.autograd.functional.hessian on a helper, computed in float64 and converted back
to x's dtype; checks the input is 1-D."""
import torch


def _lse(t):
    return torch.logsumexp(t, dim=0)


def logsumexp_hessian(x):
    assert isinstance(x, torch.Tensor) and x.dim() == 1, "x must be a 1-D tensor"
    x64 = x.detach().to(torch.float64)
    H = torch.autograd.functional.hessian(_lse, x64)
    return H.to(x.dtype)
