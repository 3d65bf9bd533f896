import torch


def init_sampling(probs, weights, n, mean, std, seed):
    # seed the global generator, but do not disturb the caller's random state
    with torch.random.fork_rng():
        torch.manual_seed(seed)
        mask = torch.bernoulli(probs)
        picks = torch.multinomial(weights, n, replacement=True)
        init = torch.normal(mean, std).requires_grad_()
    return mask, picks, init
