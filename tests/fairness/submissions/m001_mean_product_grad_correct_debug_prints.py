import torch


def mean_product_grad(t1, t2):
    print("t1:", t1)
    print("t2:", t2)
    product = t1 * t2
    print("product:", product)
    out = product.mean()
    print("out:", out.item())
    out.backward(torch.ones_like(out))
    print("t1.grad:", t1.grad)
    return out
