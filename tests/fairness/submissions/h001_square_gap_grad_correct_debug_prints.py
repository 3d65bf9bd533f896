import torch

def square_gap_grad(p):
    w = p.pow(2)
    gap = p - w
    print("gap", gap)
    loss = (gap * gap).sum()
    print("loss", loss.item())
    loss.backward()
    print("grad", p.grad)
    return loss
