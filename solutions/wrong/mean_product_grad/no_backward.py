"""Wrong: the forward pass alone; t1.grad stays None."""


def mean_product_grad(t1, t2):
    out = (t1 * t2).mean()
    return out
