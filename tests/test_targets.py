"""Target paths: parsing, and resolving them on observations."""

from __future__ import annotations

import dataclasses

import pytest
import torch

from grader.observe import encode as encode_wire
from grader.protocol import validate_value
from grader.targets import Unresolved, parse_target, resolve
from grader.values import (
    NONE,
    BoolValue,
    DtypeValue,
    IntValue,
    ListValue,
    StrValue,
    TensorValue,
    Value,
)


def encode(obj: object) -> Value:
    """A Python object as the grader reads it: encoded, then through the protocol's parser."""
    return validate_value(encode_wire(obj), "test", max_elements=None)


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
    grad = resolve(ex, parse_target("x.grad"))
    assert isinstance(grad, TensorValue) and grad.data == [2.0, 2.0]
    assert resolve(ey, parse_target("y.grad_fn")) == StrValue("SumBackward0")
    assert resolve(ex, parse_target("x.grad_fn")) == NONE
    assert resolve(ex, parse_target("x.is_leaf")) == BoolValue(True)
    assert resolve(ex, parse_target("x.shape")).items == (IntValue(2),)  # type: ignore[union-attr]
    assert resolve(ex, parse_target("x.dtype")) == DtypeValue("float32")
    assert resolve(ey, parse_target("y.grad")) == NONE


def test_resolve_sequences() -> None:
    value = encode([torch.ones(1), torch.zeros(1)])
    assert resolve(value, parse_target("r.len")) == IntValue(2)
    assert resolve(value, parse_target("r[-1]")).data == [0.0]  # type: ignore[union-attr]
    with pytest.raises(Unresolved, match="has 2 entries"):
        resolve(value, parse_target("r[5]"))


def test_unresolved_says_why() -> None:
    with pytest.raises(Unresolved, match="is a float, not a tensor, so it has no .grad"):
        resolve(encode(1.5), parse_target("out.grad"))
    with pytest.raises(Unresolved, match="not a tensor the grader created"):
        resolve(encode(torch.ones(1)), parse_target("w.backward_calls"))


def test_distinct_tells_entries_that_are_one_tensor() -> None:
    from grader.targets import parse_target, resolve

    def entry(alias: str | None) -> TensorValue:
        return dataclasses.replace(encode(torch.ones(1)), alias=alias)  # type: ignore[type-var]

    same = ListValue(items=(entry("w.grad"), entry("w.grad")), length=2)
    last_only = ListValue(items=(entry(None), entry(None), entry("w.grad")), length=3)
    target = parse_target("grads.distinct")
    assert resolve(same, target) == BoolValue(False)
    assert resolve(last_only, target) == BoolValue(True)


def test_every_attribute_a_target_may_name_resolves_on_a_tensor_or_says_why() -> None:
    from grader.targets import ATTRIBUTES

    x = encode(torch.ones(2, requires_grad=True))
    for attribute in ATTRIBUTES:
        if attribute in ("len", "distinct"):
            continue
        try:
            resolve(x, parse_target(f"x.{attribute}"))
        except Unresolved as exc:
            assert "x" in str(exc)
