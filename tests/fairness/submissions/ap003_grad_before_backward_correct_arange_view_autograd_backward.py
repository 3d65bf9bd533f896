import torch

gb_t1 = torch.arange(1.0, 7.0).view(2, 3).requires_grad_()
gb_t2 = torch.arange(7.0, 13.0).reshape(2, 3)
gb_grad_before = gb_t1.grad
gb_grad_fn_before = gb_t1.grad_fn
gb_prod = torch.mul(gb_t1, gb_t2)
gb_out = torch.mean(gb_prod)
torch.autograd.backward(gb_out)
gb_grad_after = torch.clone(gb_t1.grad)
