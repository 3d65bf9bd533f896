"""Wrong: a mean where the loss is a sum (everything 1/n as large)."""


def square_gap_grad(p):
    w = p**2
    loss = ((p - w) ** 2).mean()
    loss.backward()
    return loss
