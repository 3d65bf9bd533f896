import torch

def square_gap_grad(p):
    w = p ** 2
    loss = ((p - w) ** 2).sum()
    loss.backward(retain_graph=True)
    print("grad:", p.grad)
    loss.backward()
    return loss
