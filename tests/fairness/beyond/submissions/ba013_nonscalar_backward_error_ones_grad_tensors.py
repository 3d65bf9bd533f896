"""One mistake: passes grad_tensors=ones_like(z) to torch.autograd.backward, so a vector z no
longer raises the RuntimeError the prompt wants (one-element inputs are still right)."""
import torch


def unreduced_backward(x):
    y = x + 2
    z = 3 * y ** 2
    torch.autograd.backward(z, grad_tensors=torch.ones_like(z))
    return z
