import torch


def _f(t):
    return 0.25 * t.pow(4).sum() + t.sum().pow(2)


def hessian_vector_product(x, v):
    g = torch.autograd.grad(outputs=[_f(x)], inputs=[x], create_graph=True)[0]
    hv = torch.autograd.grad(outputs=[torch.dot(g, v)], inputs=[x])[0]
    return (g, hv)
