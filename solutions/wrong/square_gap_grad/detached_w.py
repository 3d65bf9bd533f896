"""Wrong: w is built from p.detach(), so autograd sees it as a constant."""


def square_gap_grad(p):
    w = p.detach() ** 2
    loss = ((p - w) ** 2).sum()
    loss.backward()
    return loss
