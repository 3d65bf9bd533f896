"""Right answer: a small dataclass records the gradient copies; the gradient is reset with w.grad = None
at the start of each step (allowed by the prompt), clone() taken before the next step."""
from dataclasses import dataclass, field

import torch


@dataclass
class GradRecorder:
    history: list = field(default_factory=list)

    def record(self, grad):
        with torch.no_grad():
            self.history.append(grad.detach().clone())


def zero_accumulated_grads(w, steps):
    assert isinstance(steps, int) and steps > 0, "steps must be a positive int"
    rec = GradRecorder()
    for _ in range(steps):
        w.grad = None                 # reset at the start of the step
        loss = (w * 3).sum()
        loss.backward()
        rec.record(w.grad)
    return rec.history
