"""Wrong: y = x does not copy; y += 2 then changes the leaf x in place, which autograd refuses.

fails: y_grad_fn, values, x_grad, x_grad_hidden
diagnosis: leaf Variable that requires grad is being used in an in-place operation
description: writes y = x; y += 2: y is x itself, not a copy, so this changes the leaf x in place, which autograd refuses
mistakes: input_mutated
"""


def square_chain(x):
    y = x
    y += 2
    z = y * y * 2
    out = z.mean()
    out.backward()
    return y, z, out
