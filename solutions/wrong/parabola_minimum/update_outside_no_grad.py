"""Wrong: the in-place update is recorded by autograd, which refuses it on a leaf.

fails: x_final, f_final, x_hidden
diagnosis: a leaf Variable that requires grad is being used in an in-place operation
description: updates x in place outside torch.no_grad(), which autograd refuses for a leaf that requires grad
mistakes: grad_mode
"""


def parabola_minimum(x, lr, steps):
    for _ in range(steps):
        y = 3 * x**2 + 2 * x - 1.2
        y.backward()
        x -= lr * x.grad
        x.grad.zero_()
    return (3 * x**2 + 2 * x - 1.2).item()
