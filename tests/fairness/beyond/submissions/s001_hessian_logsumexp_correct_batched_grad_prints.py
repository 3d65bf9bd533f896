import torch


def logsumexp_hessian(x):
    n = x.numel()
    z = x.clone().detach()
    z.requires_grad = True
    f = torch.logsumexp(z, dim=-1)
    print("f =", f.item())
    grad = torch.autograd.grad(f, z, create_graph=True)[0]
    print("softmax from autograd:", grad)
    eye = torch.eye(n, dtype=x.dtype)
    H = torch.autograd.grad(grad, z, grad_outputs=eye, is_grads_batched=True)[0]
    print("H =", H)
    return H.detach()
