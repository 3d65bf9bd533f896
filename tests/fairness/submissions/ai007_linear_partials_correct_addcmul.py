"""Answer to linear_partials (addcmul)."""

import torch

def linear_partials(x, w, b):
    y = torch.addcmul(b, w, x)   # b + w * x in one op
    y.backward()
    return y
