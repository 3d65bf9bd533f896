"""One mistake: out is computed with torch.dot(x ** 2, y), which only accepts 1-D tensors, so the function
fails on the matrix inputs the prompt says are graded."""
import torch


def partial_grads(x, y, z):
    out = torch.dot(x ** 2, y)
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], retain_graph=True, allow_unused=True)
    out.backward()
    return gx, gy, gz
