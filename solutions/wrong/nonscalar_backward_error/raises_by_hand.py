"""Wrong: the error is raised by the student's own raise statement, not by PyTorch's backward().

fails: raises_on_vector, raises_hidden
diagnosis: Your own code raised this RuntimeError
description: raises the RuntimeError with its own raise statement when z has several elements
mistakes: exception
"""


def unreduced_backward(x):
    y = x + 2
    z = 3 * y * y
    if z.numel() > 1:
        raise RuntimeError("grad can be implicitly created only for scalar outputs")
    z.backward()
    return z
