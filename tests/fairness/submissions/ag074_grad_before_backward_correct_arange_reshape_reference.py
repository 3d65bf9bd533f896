import torch


gb_t1 = torch.arange(1., 7.).reshape(2, 3).requires_grad_()
gb_t2 = torch.arange(7., 13.).view(2, 3)
gb_grad_before, gb_grad_fn_before = gb_t1.grad, gb_t1.grad_fn
gb_prod = gb_t1.mul(gb_t2)
gb_out = gb_prod.mean()
gb_out.backward()
gb_grad_after = gb_t1.grad
