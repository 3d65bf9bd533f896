r"""Wrong: the right numbers, typed in by hand; backward() never runs.

fails: backward_per_step, backward_per_step_hidden
diagnosis: backward\(\) never ran
description: writes the gradient by hand instead of calling backward()
mistakes: no_backward
"""

import torch


def zero_accumulated_grads(w, steps):
    return [torch.full_like(w, 3.0).detach() for _ in range(steps)]
