import torch


def init_sampling(probs, weights, n, mean, std, seed):
    torch.manual_seed(seed)
    mask = torch.bernoulli(probs)
    picks = torch.multinomial(weights, num_samples=n, replacement=True)
    init = torch.normal(mean=mean, std=std)
    init.requires_grad_(True)
    return (mask, picks, init)
