"""Wrong: "fixes" the error by switching requires_grad on for the caller's tensor."""


def backward_untracked_mean(x):
    if not x.requires_grad:
        x.requires_grad_()
    y = x + 2
    z = (2 * y * y).mean()
    z.backward()
    return z
