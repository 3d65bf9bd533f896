import torch


def hessian_vector_product(x, v):
    sq = x * x
    total = torch.dot(x, torch.ones_like(x))
    f = torch.dot(sq, sq) / 4 + total * total
    grads = torch.autograd.grad(outputs=[f], inputs=[x], create_graph=True)
    g = grads[0]
    gv = torch.dot(g, v)
    hv = torch.autograd.grad(gv, x)[0]
    return (g, hv)
