import torch


def retained_nonleaf_grad(p):
    w = 10 * p
    w.retain_grad()
    l = torch.sum(w * w)
    torch.autograd.backward(l)
    print("dl/dw =", w.grad, " dl/dp =", p.grad)
    return w
