"""Wrong: backward() without an argument on a tensor of several elements raises.

fails: z_value, x_grad, x_grad_hidden
diagnosis: grad can be implicitly created only for scalar outputs
description: calls z.backward() with no argument on a z of several elements, which raises: pass v, as in z.backward(v)
mistakes: exception
"""


def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    z.backward()
    return z
