import torch

gb_t1 = torch.tensor([[1, 2, 3], [4, 5, 6]], dtype=torch.float64, requires_grad=True)
gb_t2 = torch.tensor([[7, 8, 9], [10, 11, 12]], dtype=torch.float64)
gb_grad_before, gb_grad_fn_before = gb_t1.grad, gb_t1.grad_fn
gb_prod = gb_t1 * gb_t2
gb_out = gb_prod.mean()
gb_out.backward()
gb_grad_after = gb_t1.grad
