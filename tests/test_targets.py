"""Target paths: parsing, and resolving them on observations."""

from __future__ import annotations

import pytest
import torch

from grader.observe import encode
from grader.targets import Unresolved, parse_target, resolve


def test_parse() -> None:
    t = parse_target("return[1].grad")
    assert (t.root, t.steps, t.attribute) == ("return", (1, "grad"), "grad")
    assert t.parent().text == "return[1]"
    with pytest.raises(ValueError, match="unknown attribute"):
        parse_target("x.gradient")
    with pytest.raises(ValueError):
        parse_target("x..grad")


def test_resolve_tensor_attributes() -> None:
    x = torch.ones(2, requires_grad=True)
    y = (x * 2).sum()
    y.backward()
    ex, ey = encode(x), encode(y)
    assert resolve(ex, parse_target("x.grad"))["data"] == [2.0, 2.0]
    assert resolve(ey, parse_target("y.grad_fn")) == {"kind": "str", "value": "SumBackward0"}
    assert resolve(ex, parse_target("x.grad_fn")) == {"kind": "none"}
    assert resolve(ex, parse_target("x.is_leaf")) == {"kind": "bool", "value": True}
    assert resolve(ex, parse_target("x.shape"))["items"] == [{"kind": "int", "value": 2}]
    assert resolve(ex, parse_target("x.dtype")) == {"kind": "dtype", "value": "float32"}
    assert resolve(ey, parse_target("y.grad")) == {"kind": "none"}


def test_resolve_sequences() -> None:
    value = encode([torch.ones(1), torch.zeros(1)])
    assert resolve(value, parse_target("r.len")) == {"kind": "int", "value": 2}
    assert resolve(value, parse_target("r[-1]"))["data"] == [0.0]
    with pytest.raises(Unresolved, match="has 2 entries"):
        resolve(value, parse_target("r[5]"))


def test_unresolved_says_why() -> None:
    with pytest.raises(Unresolved, match="is a float, not a tensor, so it has no .grad"):
        resolve(encode(1.5), parse_target("out.grad"))
    with pytest.raises(Unresolved, match="not a tensor the grader created"):
        resolve(encode(torch.ones(1)), parse_target("w.backward_calls"))


def test_distinct_tells_entries_that_are_one_tensor() -> None:
    from grader.targets import parse_target, resolve

    def entry(alias: str | None) -> dict:
        return {"kind": "tensor", "alias": alias}

    same = {"kind": "list", "items": [entry("w.grad"), entry("w.grad")], "length": 2}
    last_only = {"kind": "list", "items": [entry(None), entry(None), entry("w.grad")], "length": 3}
    target = parse_target("grads.distinct")
    assert resolve(same, target) == {"kind": "bool", "value": False}
    assert resolve(last_only, target) == {"kind": "bool", "value": True}
