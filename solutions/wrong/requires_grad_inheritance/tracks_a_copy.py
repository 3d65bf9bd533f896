r"""Wrong: tracking is switched on for a new copy, the caller's t1 stays untracked.

fails: t1_tracks, t1_tracks_hidden
diagnosis: makes a new\s+tensor
description: makes a tracked copy of t1 instead of switching tracking on for t1 itself
mistakes: requires_grad
"""


def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad
    t1 = t1.detach().clone().requires_grad_(True)
    prod = t1 * t2
    return was_tracked, prod
