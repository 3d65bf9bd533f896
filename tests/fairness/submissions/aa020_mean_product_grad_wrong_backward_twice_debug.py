import torch


def mean_product_grad(t1, t2):
    out = (t1 * t2).mean()
    # first look at the gradient
    out.backward(retain_graph=True)
    print("grad check:", t1.grad)
    # then the real backward pass
    out.backward()
    return out
