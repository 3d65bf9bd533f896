"""One mistake: the sum of products via einsum is divided by len(t1) (the number of rows) instead
of the number of elements t1.numel(), so it is not the mean."""
import torch


def mean_product_grad(t1, t2):
    total = torch.einsum('...,...->', t1, t2)
    out = total / len(t1)
    out.backward()
    return out
