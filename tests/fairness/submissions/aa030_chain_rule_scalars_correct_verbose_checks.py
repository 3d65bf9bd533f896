"""Chain rule on a tiny graph: w = 10 p, l = w^2, dl/dp = 200 p."""
import torch

DEBUG = True


def describe(name: str, t: torch.Tensor) -> None:
    """Print the graph-related attributes of a tensor (for my own understanding)."""
    if DEBUG:
        fn = type(t.grad_fn).__name__ if t.grad_fn is not None else None
        print(f"{name}: value={t.tolist()} is_leaf={t.is_leaf} grad_fn={fn}")


chain_p = torch.tensor([1.0], requires_grad=True)
assert chain_p.dtype.is_floating_point, "only float tensors can require grad"
describe("chain_p", chain_p)

chain_w = 10 * chain_p
describe("chain_w", chain_w)
assert not chain_w.is_leaf

chain_l = chain_w ** 2
describe("chain_l", chain_l)

chain_l.backward()

expected = 200 * chain_p.detach()
assert torch.allclose(chain_p.grad, expected), f"expected {expected}, got {chain_p.grad}"
if DEBUG:
    print("chain_p.grad =", chain_p.grad, "| chain_w.grad stays", chain_w.grad)
