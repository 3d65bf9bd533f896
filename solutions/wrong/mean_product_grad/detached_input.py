"""Wrong: t1.detach() is not tracked, so out has no grad_fn and backward() raises."""


def mean_product_grad(t1, t2):
    values = t1.detach()
    out = (values * t2).mean()
    out.backward()
    return out
