import torch


def jacobian_matrix(x):
    xd = x.detach().to(torch.float64).requires_grad_()
    y = xd * xd * xd.sum()
    n = y.numel()
    eye = torch.eye(n, dtype=torch.float64)
    J = torch.zeros(n, n, dtype=torch.float64)
    for i in range(n):
        J[i] = torch.autograd.grad(y, xd, grad_outputs=eye[i], retain_graph=True)[0]
    return J.to(x.dtype)
