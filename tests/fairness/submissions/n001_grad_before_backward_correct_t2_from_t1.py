import torch

gb_t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
with torch.no_grad():
    gb_t2 = gb_t1 + 6          # [[7, 8, 9], [10, 11, 12]], not tracked
gb_grad_before = gb_t1.grad
gb_grad_fn_before = gb_t1.grad_fn
gb_prod = gb_t1 * gb_t2
gb_out = gb_prod.mean()
gb_out.backward()
gb_grad_after = gb_t1.grad.clone()
