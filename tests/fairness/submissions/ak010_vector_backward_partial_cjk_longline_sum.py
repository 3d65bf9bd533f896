"""Autograd homework, my answers.

Auteur : Zoë Müller-Çelik — 作业 (autograd)
"""

import math
import torch

torch.use_deterministic_algorithms(True)

# NOTE: these are the answers for the exercises I picked; the rest of the homework is in the other file, and I checked every one of them against the numbers in the prompt (shapes, values and the grad of the inputs), see the asserts/prints at the bottom of this file these are the answers for the exercises I picked; the rest of the homework is in the other file, and I checked every one of them against the numbers in the prompt (shapes, values and the grad of the inputs), see the asserts/prints at the bottom of this file 


# Dérivée calculée par autograd — vérifié à la main (résultat = 4.5 ✓)
def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    z.sum().backward()
    return z


_vector_backward_EXPECTED_AT_PROMPT_EXAMPLE = (torch.tensor([27., 27., 27.]), 'value from the prompt', 'checked by hand', 'and with autograd', 'same numbers on the second example too, and on random tensors of other shapes: ok')  # noqa: E501
