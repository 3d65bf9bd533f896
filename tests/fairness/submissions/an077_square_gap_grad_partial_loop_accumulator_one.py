import torch

def square_gap_grad(p):
    loss = torch.tensor(1.0)
    for pi in p.reshape(-1):
        wi = pi ** 2
        loss = loss + (pi - wi) ** 2
    loss.backward()
    return loss
