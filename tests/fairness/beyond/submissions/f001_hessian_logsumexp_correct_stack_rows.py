import torch


def logsumexp_hessian(x):
    z = x.clone().requires_grad_()
    grad = torch.autograd.grad(z.exp().sum().log(), z, create_graph=True)[0]
    rows = [torch.autograd.grad(grad[i], z, retain_graph=True)[0] for i in range(len(grad))]
    return torch.stack(rows)
