"""Wrong: reduces with mean() instead of sum(); the same for one element, n times smaller gradients for n.

fails: w_grad, p_grad, w_grad_hidden, p_grad_hidden
diagnosis: a mean where a sum was meant
description: reduces with mean() where the prompt sums, so with n elements both gradients are n times too small
mistakes: sum_vs_mean
"""


def retained_nonleaf_grad(p):
    w = 10 * p
    w.retain_grad()
    l = (w**2).mean()
    l.backward()
    return w
