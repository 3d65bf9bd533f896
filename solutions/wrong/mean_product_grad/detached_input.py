"""Wrong: t1.detach() is not tracked, so out has no grad_fn and backward() raises.

fails: out_value, t1_grad, t1_grad_hidden
diagnosis: does not require grad
description: multiplies t1.detach(), which cuts t1 off the graph; backward() then fails
mistakes: broken_graph
"""


def mean_product_grad(t1, t2):
    values = t1.detach()
    out = (values * t2).mean()
    out.backward()
    return out
