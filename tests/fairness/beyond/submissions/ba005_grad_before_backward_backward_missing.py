"""Half done: tensors, the before-values, the product and the mean are right, but the student ran
out of time: backward() is never called and gb_grad_after is left as None."""
import torch

gb_t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
gb_t2 = torch.tensor([[7., 8., 9.], [10., 11., 12.]])
gb_grad_before = gb_t1.grad
gb_grad_fn_before = gb_t1.grad_fn
gb_prod = gb_t1 * gb_t2
gb_out = gb_prod.mean()
# TODO: call backward here
gb_grad_after = None
