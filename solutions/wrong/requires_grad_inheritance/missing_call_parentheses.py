"""Wrong: `t1.requires_grad_` without parentheses only looks the method up; nothing changes.

fails: t1_tracks, prod_requires_grad, prod_grad_fn, t1_tracks_hidden, prod_requires_grad_hidden
diagnosis: does not require grad|with the parentheses
description: writes t1.requires_grad_ without calling it, so tracking never starts
example: true
mistakes: requires_grad
"""


def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad
    t1.requires_grad_
    prod = t1 * t2
    return was_tracked, prod
