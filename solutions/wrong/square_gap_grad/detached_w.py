"""Wrong: w is built from p.detach(), so autograd sees it as a constant.

fails: p_grad, p_grad_hidden
diagnosis: gradient also flows through w
description: treats w = p**2 as a constant (built from p.detach()), so only the direct path 2(p - w) is counted
mistakes: broken_graph
"""


def square_gap_grad(p):
    w = p.detach() ** 2
    loss = ((p - w) ** 2).sum()
    loss.backward()
    return loss
