"""Autograd homework, my answers.
"""

import math
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
print("using", device)


def hook_scale_path(x):
    x = x.to(device)              # same device as the rest of my code
    h = torch.exp(x)
    h.register_hook(lambda g: g * 0.5)
    out = (h * x).sum()
    out.backward()
    return out


# quick self-test on the prompt example
assert torch.allclose(torch.as_tensor(hook_scale_path(torch.tensor([0., 2.], requires_grad=True))).detach().double(), (torch.tensor(2 * math.e ** 2)).double(), atol=1e-3), 'example from the prompt'
