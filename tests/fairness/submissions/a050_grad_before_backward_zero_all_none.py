import torch

gb_t1 = None
gb_t2 = None
gb_grad_before = None
gb_grad_fn_before = None
gb_prod = None
gb_out = None
# call backward here
gb_grad_after = None
