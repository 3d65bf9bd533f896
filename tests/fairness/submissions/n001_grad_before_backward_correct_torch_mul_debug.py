import torch

gb_t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
gb_t2 = torch.tensor([[7., 8., 9.], [10., 11., 12.]], requires_grad=False)
print("leaf:", gb_t1.is_leaf, "grad:", gb_t1.grad, "grad_fn:", gb_t1.grad_fn)
gb_grad_before = gb_t1.grad
gb_grad_fn_before = gb_t1.grad_fn

gb_prod = torch.mul(gb_t1, gb_t2)
print("prod grad_fn:", gb_prod.grad_fn)
gb_out = torch.mean(gb_prod)
print("out:", gb_out, gb_out.grad_fn)

gb_out.backward()
gb_grad_after = gb_t1.grad.detach().clone()
print("grad after:", gb_grad_after, gb_grad_after.shape)
print("t1 grad_fn after:", gb_t1.grad_fn)
