import torch


def six_graph_nodes(a, b):
    prod = a.mul(b)
    criterion = torch.nn.MSELoss(reduction="mean")
    return tuple([prod, prod.mean(), a.add(b), a.square(), a.add(b).sum(), criterion(a, b)])
