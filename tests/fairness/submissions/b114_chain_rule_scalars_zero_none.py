import torch

chain_p = None
chain_w = None
chain_l = None
