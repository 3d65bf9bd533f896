"""Wrong: returns the gradient rather than the result the exercise asks for."""


def mean_product_grad(t1, t2):
    out = (t1 * t2).mean()
    out.backward()
    return t1.grad
