import torch


def grad_modes(x):
    with torch.no_grad():
        a = torch.mul(x, 2)
    with torch.inference_mode(mode=True):
        b = torch.mul(x, 2)
    a.mul(x).sum().backward()
    caught = []
    try:
        b.mul(x).sum().backward()
    except RuntimeError as e:
        caught.append(e)
    return (a, b, caught[0])
