"""Wrong: was_tracked is typed in as False instead of read from t1."""


def turn_on_tracking(t1, t2):
    t1.requires_grad_()
    prod = t1 * t2
    return False, prod
