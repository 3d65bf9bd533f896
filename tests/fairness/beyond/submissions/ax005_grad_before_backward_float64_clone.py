"""grad_before_backward: correct; float64 tensors, torch.mean, and a clone of the gradient stored after one backward."""
import torch

gb_t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], dtype=torch.float64, requires_grad=True)
gb_t2 = torch.tensor([[7., 8., 9.], [10., 11., 12.]], dtype=torch.float64)
gb_grad_before = gb_t1.grad
gb_grad_fn_before = gb_t1.grad_fn
gb_prod = torch.mul(gb_t1, gb_t2)
gb_out = torch.mean(gb_prod)
gb_out.backward()
gb_grad_after = gb_t1.grad.clone()
print(gb_prod.grad_fn, gb_out.grad_fn, gb_t1.grad_fn)
