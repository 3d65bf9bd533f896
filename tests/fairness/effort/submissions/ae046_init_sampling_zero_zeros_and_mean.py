import torch


def init_sampling(probs, weights, n, mean, std, seed):
    torch.manual_seed(seed)
    mask = torch.zeros_like(probs)
    picks = torch.zeros(n, dtype=torch.long)
    init = mean.clone().requires_grad_()
    return (mask, picks, init)
