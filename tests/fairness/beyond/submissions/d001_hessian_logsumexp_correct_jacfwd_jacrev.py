import torch


import torch.func as tf

def logsumexp_hessian(x):
    H = tf.jacfwd(tf.jacrev(lambda t: t.logsumexp(0)))(x)
    return H
