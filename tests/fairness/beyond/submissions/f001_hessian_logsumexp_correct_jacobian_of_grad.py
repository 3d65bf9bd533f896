import torch


def logsumexp_hessian(x):
    def grad_f(t):
        if not t.requires_grad:
            t = t.requires_grad_()
        f = torch.logsumexp(t, 0)
        return torch.autograd.grad(f, t, create_graph=True)[0]

    return torch.autograd.functional.jacobian(grad_f, x.clone())
