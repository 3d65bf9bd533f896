"""Wrong: a gradient of ones makes backward() work for any shape, so the expected error never comes.

fails: raises_on_vector, raises_hidden
diagnosis: no gradient argument
description: passes torch.ones_like(z) to backward(), so nothing is raised for several elements
mistakes: exception
"""

import torch


def unreduced_backward(x):
    y = x + 2
    z = 3 * y * y
    z.backward(torch.ones_like(z))
    return z
