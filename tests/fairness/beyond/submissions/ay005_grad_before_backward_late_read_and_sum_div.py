"""Half done, two mistakes: gb_grad_before is read after backward (so it holds the gradient, not None),
and gb_out is written as a sum divided by 6 (grad_fn DivBackward0, not MeanBackward0)."""
import torch

gb_t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
gb_t2 = torch.tensor([[7., 8., 9.], [10., 11., 12.]])
gb_grad_fn_before = gb_t1.grad_fn
gb_prod = gb_t1 * gb_t2
gb_out = gb_prod.sum() / 6
gb_out.backward()
gb_grad_before = gb_t1.grad
gb_grad_after = gb_t1.grad.clone()
