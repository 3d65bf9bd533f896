import torch

gb_t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
gb_t2 = torch.tensor([[7., 8., 9.], [10., 11., 12.]])
gb_grad_before = None
gb_grad_fn_before = None
gb_prod = gb_t1 * torch.ones_like(gb_t1)
gb_out = gb_prod.mean()
# call backward here
gb_grad_after = gb_t2 / 6
