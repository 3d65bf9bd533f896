"""Wrong: the flag is read after requires_grad_(), so it is always True.

fails: default_flag
diagnosis: before you call requires_grad_
description: reads t1.requires_grad after switching tracking on
mistakes: order
"""


def turn_on_tracking(t1, t2):
    t1.requires_grad_()
    was_tracked = t1.requires_grad
    prod = t1 * t2
    return was_tracked, prod
