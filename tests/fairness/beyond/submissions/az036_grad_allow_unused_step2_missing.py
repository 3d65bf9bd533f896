"""Half done: step 1 is right (one grad call with allow_unused and retain_graph), but step 2,
out.backward(), is missing, so x.grad and y.grad stay None."""
import torch


def partial_grads(x, y, z):
    out = (x.pow(2) * y).sum()
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], allow_unused=True, retain_graph=True)
    # step 2: out.backward()  -- not done yet
    return gx, gy, gz
