"""A helper that reports each tensor, and asserts on the tutorial's facts."""

import torch


def describe(name, t):
    print(f"{name}: requires_grad={t.requires_grad} is_leaf={t.is_leaf} grad_fn={t.grad_fn}")


gb_t1 = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
gb_t2 = torch.tensor([[7.0, 8.0, 9.0], [10.0, 11.0, 12.0]])
gb_grad_before = gb_t1.grad
gb_grad_fn_before = gb_t1.grad_fn
assert gb_grad_before is None and gb_grad_fn_before is None

gb_prod = gb_t1 * gb_t2
gb_out = gb_prod.mean()
for name, t in [("gb_t1", gb_t1), ("gb_prod", gb_prod), ("gb_out", gb_out)]:
    describe(name, t)

gb_out.backward()
gb_grad_after = gb_t1.grad
assert torch.allclose(gb_grad_after, gb_t2 / 6)
