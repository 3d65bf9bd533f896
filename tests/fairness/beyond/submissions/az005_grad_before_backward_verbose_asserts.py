"""Right answer: top-level names as asked, in float64 (allowed), with asserts and prints checking each
stage; gb_grad_after stored as a clone."""
import torch

gb_t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], dtype=torch.float64, requires_grad=True)
gb_t2 = torch.tensor([[7., 8., 9.], [10., 11., 12.]], dtype=torch.float64)
assert gb_t1.is_leaf and not gb_t2.requires_grad

gb_grad_before = gb_t1.grad
gb_grad_fn_before = gb_t1.grad_fn
print("before backward:", gb_grad_before, gb_grad_fn_before)

gb_prod = gb_t1 * gb_t2
gb_out = torch.mean(gb_prod)
print("grad_fns:", type(gb_prod.grad_fn).__name__, type(gb_out.grad_fn).__name__)

gb_out.backward()
gb_grad_after = gb_t1.grad.clone()
assert gb_grad_after.shape == gb_t1.shape
assert gb_t1.grad_fn is None
print("after backward:", gb_grad_after)
