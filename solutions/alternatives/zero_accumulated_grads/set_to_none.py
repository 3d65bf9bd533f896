"""Resets the gradient with w.grad = None instead of zero_()."""


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())
        w.grad = None
    return grads
