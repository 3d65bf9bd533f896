"""chain_rule_scalars (top-level variables): chain_w and chain_l as chain_p times one, no backward pass.

Tries: checks of facts (a grad_fn's name, is_leaf) that any tensor computed from a leaf has. A function
exercise's null submissions include ``first_input_on_graph`` (its input times one), so such facts are free
there and count only beside a check of values passed (round 7). A notebook exercise's nulls were only
``all_none`` and ``all_zeros``: nothing on the graph, so ``w_grad_fn`` (MulBackward0), ``w_not_leaf`` and
``l_grad_fn`` (MulBackward0 is accepted for ``chain_w * chain_w``) counted on their own, for two
multiplications by one and no gradient at all.

Fair verdict: no value is right (chain_w is 1, chain_l is 1, no gradient): 0 of 12 (before: 3 of 12).
"""

import torch

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = chain_p * 1
chain_l = chain_w * 1
