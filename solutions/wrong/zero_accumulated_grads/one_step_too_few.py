"""Wrong: range(1, steps) runs one step too few."""


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(1, steps):
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())
        w.grad.zero_()
    return grads
