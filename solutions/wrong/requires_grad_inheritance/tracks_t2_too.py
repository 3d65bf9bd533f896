"""Wrong: switches tracking on for t2 as well, which the caller asked to leave untracked.

fails: t2_untracked
diagnosis: t2 should not require grad
description: also switches tracking on for t2, which the prompt says to leave as it is
mistakes: requires_grad
"""


def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad
    t1.requires_grad_()
    t2.requires_grad_()
    prod = t1 * t2
    return was_tracked, prod
