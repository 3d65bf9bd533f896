import torch


gb_t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
gb_t2 = torch.tensor([[7., 8., 9.], [10., 11., 12.]])
gb_grad_before = None
gb_grad_fn_before = None
gb_prod = torch.tensor([[7., 16., 27.], [40., 55., 72.]])
gb_out = torch.tensor(36.1667)
# call backward here
gb_grad_after = torch.tensor([[1.1667, 1.3333, 1.5], [1.6667, 1.8333, 2.0]])
