"""Wrong: was_tracked is typed in as False instead of read from t1.

fails: default_flag
description: returns False for was_tracked without reading t1.requires_grad, which is wrong when t1 already requires grad
mistakes: requires_grad
"""


def turn_on_tracking(t1, t2):
    t1.requires_grad_()
    prod = t1 * t2
    return False, prod
