import torch


def hessian_vector_product(x, v):
    f = x.pow(4).sum().div(4) + x.sum().square()
    g = torch.autograd.grad(outputs=[f], inputs=[x], create_graph=True)[0]
    hv = torch.autograd.grad(outputs=[torch.dot(g, v)], inputs=[x], retain_graph=True)[0]
    return (g, hv)
