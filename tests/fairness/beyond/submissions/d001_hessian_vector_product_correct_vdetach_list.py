import torch


def hessian_vector_product(x, v):
    vv = v.detach().clone()
    loss = (x ** 4).sum().mul(0.25).add(torch.square(x.sum()))
    grads = torch.autograd.grad([loss], [x], create_graph=True)
    g = grads[0]
    hvs = torch.autograd.grad([g], [x], grad_outputs=[vv])
    return g, hvs[0]
