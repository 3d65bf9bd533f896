"""Right answer: w = p * p, the gaps squared and summed with einsum over every entry, gradient by
torch.autograd.backward."""
import torch


def square_gap_grad(p):
    w = p * p
    gap = p - w
    loss = torch.einsum('...,...->', gap, gap)
    torch.autograd.backward(loss)
    return loss
