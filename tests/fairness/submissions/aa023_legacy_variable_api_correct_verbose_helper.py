"""The legacy Variable API, written out step by step with checks."""
import torch
from torch.autograd import Variable

DEBUG = True


def make_legacy_scalar(value: float, requires_grad: bool = False) -> torch.Tensor:
    """Wrap a one-element FloatTensor in a Variable (old-style constructor takes a LIST)."""
    data = torch.FloatTensor([float(value)])
    assert data.shape == (1,), f"expected a one-element tensor, got shape {tuple(data.shape)}"
    if requires_grad:
        return Variable(data, requires_grad=True)
    return Variable(data)


# 1. untracked Variable, flag read BEFORE switching tracking on
legacy_var = make_legacy_scalar(9.)
legacy_var_tracked_before = legacy_var.requires_grad
assert legacy_var_tracked_before is False
legacy_var.requires_grad_()
assert legacy_var.requires_grad and legacy_var.is_leaf

# 2. two tracked Variables
legacy_w1 = make_legacy_scalar(3., requires_grad=True)
legacy_w2 = make_legacy_scalar(7., requires_grad=True)

# 3. product and ONE backward pass
legacy_result = legacy_var * legacy_w1
assert type(legacy_result.grad_fn).__name__ == "MulBackward0"
legacy_result.backward()

if DEBUG:
    print("result:", legacy_result)
    print("legacy_var.grad:", legacy_var.grad, "legacy_w1.grad:", legacy_w1.grad, "legacy_w2.grad:", legacy_w2.grad)
assert legacy_w2.grad is None, "legacy_w2 took no part in the computation"
