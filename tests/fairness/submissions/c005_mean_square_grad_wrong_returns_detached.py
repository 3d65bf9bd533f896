import torch


def mean_square_grad(x):
    out = torch.mean(3 * (x + 2) ** 2)
    out.backward()
    # hand back a clean copy without the graph
    return out.detach()
