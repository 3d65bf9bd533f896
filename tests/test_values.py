"""Observed values as typed records: parsed once, compared by kind, written back unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import torch

from grader.compare import Tolerances, compare
from grader.config import DEFAULT_TOLERANCES, Tolerance
from grader.errors import ProtocolError, ReferenceSolutionError
from grader.expected import FrozenExpected, read_observations
from grader.observe import encode, encode_exception
from grader.protocol import Observation, validate_observation, validate_value
from grader.values import (
    MISSING,
    NONE,
    BoolValue,
    DictValue,
    DtypeValue,
    ExceptionValue,
    FloatValue,
    IntValue,
    ListValue,
    ObjectValue,
    StrValue,
    TensorValue,
    TupleValue,
)
from grader.wire import MAX_ITEMS

TOLERANCES = Tolerances(lambda d: DEFAULT_TOLERANCES[d])


def _grad_tensor() -> torch.Tensor:
    x = torch.ones(2, requires_grad=True)
    (x * 3).sum().backward()
    return x


@pytest.mark.parametrize(
    ("obj", "record_type"),
    [
        (None, type(NONE)),
        (True, BoolValue),
        (3, IntValue),
        (1.5, FloatValue),
        ("s", StrValue),
        (torch.float64, DtypeValue),
        ([1, 2], ListValue),
        ((1,), TupleValue),
        ({"a": 1}, DictValue),
        (torch.ones(2, 2), TensorValue),
        (RuntimeError("boom"), ExceptionValue),
        (object(), ObjectValue),
    ],
)
def test_each_kind_parses_into_its_record_and_writes_back_unchanged(obj: object, record_type: type) -> None:
    wire = encode(obj)
    record = validate_value(wire, "v")
    assert type(record) is record_type
    assert record.to_wire() == wire
    assert validate_value(record.to_wire(), "v") == record


def test_a_tensor_record_carries_its_gradient_as_a_record() -> None:
    record = validate_value(encode(_grad_tensor()), "x")
    assert isinstance(record, TensorValue) and isinstance(record.grad, TensorValue)
    assert (record.shape, record.is_leaf, record.requires_grad, record.grad.data) == ((2,), True, True, [3.0, 3.0])
    assert record.to_wire()["class"] == "Tensor"
    assert validate_value({"kind": "missing"}, "v") is MISSING


def test_a_truncated_list_is_never_equal_to_anything() -> None:
    long = {"kind": "list", "items": [{"kind": "int", "value": 0}] * MAX_ITEMS, "length": MAX_ITEMS + 1}
    cut = validate_value(long, "v")
    assert isinstance(cut, ListValue) and cut.truncated
    # Two lists cut the same way: the entries that were not sent may differ.
    m = compare(cut, validate_value(long, "v"), tolerances=TOLERANCES)
    assert m is not None and m.kind == "length"
    full = validate_value({"kind": "list", "items": long["items"], "length": MAX_ITEMS}, "v")
    assert not full.truncated  # type: ignore[union-attr]
    assert compare(full, cut, tolerances=TOLERANCES) is not None
    assert compare(cut, full, tolerances=TOLERANCES) is not None


@pytest.mark.parametrize("kind", ["list", "tuple"])
def test_a_forged_sequence_of_fewer_items_than_its_length_is_refused(kind: str) -> None:
    with pytest.raises(ProtocolError, match="items do not match its length"):
        validate_value({"kind": kind, "items": [{"kind": "none"}], "length": 3}, "v")
    with pytest.raises(ProtocolError, match="items do not match its length"):
        validate_value({"kind": "dict", "items": [], "length": 1}, "v")


def test_parsed_values_compare_by_kind() -> None:
    def rec(obj: object) -> Any:
        return validate_value(encode(obj), "v")

    assert compare(rec({"a": torch.ones(2)}), rec({"a": torch.ones(2)}), tolerances=TOLERANCES) is None
    m = compare(rec({"a": torch.ones(2)}), rec({"a": torch.zeros(2)}), tolerances=TOLERANCES)
    assert m is not None and (m.kind, m.path) == ("value", "['a']")  # keys as their repr
    m = compare(rec(torch.ones(2)), MISSING, tolerances=TOLERANCES)
    assert m is not None and m.kind == "missing"
    m = compare(rec(object()), rec(1), tolerances=TOLERANCES)
    assert m is not None and m.kind == "type"
    # A raise statement is not PyTorch's error, even with the right type.
    library = ExceptionValue("RuntimeError", "boom", "library")
    m = compare(library, ExceptionValue("RuntimeError", "boom", "raise"), tolerances=TOLERANCES)
    assert m is not None and m.kind == "raised_by_hand"


def test_tolerances_are_set_up_once_per_check() -> None:
    tol = Tolerances(lambda d: DEFAULT_TOLERANCES[d], rtol=0.5)
    assert tol.of("float64") == Tolerance(rtol=0.5, atol=DEFAULT_TOLERANCES["float64"].atol)
    plain = Tolerances(lambda d: DEFAULT_TOLERANCES[d])
    assert plain.number == DEFAULT_TOLERANCES["float32"]
    # float64 against float32: the looser of the two; an integer dtype adds nothing.
    assert plain.between("float64", "float32") == Tolerance(rtol=DEFAULT_TOLERANCES["float32"].rtol, atol=1e-5)
    assert plain.between("float32", "int64") == DEFAULT_TOLERANCES["float32"]


TASK = {"function": "f", "args": [["x", {}]], "variables": []}


def _raised_observation() -> dict[str, Any]:
    error = encode_exception(RuntimeError("bad"))
    error.update(where={"file": "<cell 1>", "line": 2}, code="y.backward()", traceback=None)
    return {"status": "raised", "returned": None, "raised": error, "inputs": {"x": encode(torch.ones(1))}, "seconds": 0.5, "autograd_runs": 1, "accumulations": 0}


def test_an_observation_writes_back_the_layout_it_was_read_from() -> None:
    wire = _raised_observation()
    obs = validate_observation(wire, "e/c", TASK)
    assert isinstance(obs, Observation) and obs.raised is not None
    assert (obs.raised.file, obs.raised.line, obs.raised.as_value()) == ("<cell 1>", 2, ExceptionValue("RuntimeError", "bad", "constructed"))
    assert obs.to_wire() == wire
    assert validate_observation(obs.to_wire(), "e/c", TASK) == obs
    # Counts a child did not send stay unknown (None), and stay absent when written back.
    del wire["autograd_runs"], wire["accumulations"]
    obs = validate_observation(wire, "e/c", TASK)
    assert obs.autograd_runs is None and obs.to_wire() == wire


def _exercise() -> Any:
    return SimpleNamespace(
        id="e", function=SimpleNamespace(name="f"), variables=(), cases=[SimpleNamespace(name="c", inputs={"x": None})], checks_for=lambda mode: ()
    )


def test_expected_values_read_back_through_the_same_parser(tmp_path: Path) -> None:
    ex = _exercise()
    cases = {"c": _raised_observation(), "gone": {"anything": True}}  # a case the exercise no longer has is skipped
    read = read_observations(ex, cases, max_elements=None)
    assert list(read) == ["c"] and read["c"].raised is not None
    forged = {"c": {**_raised_observation(), "inputs": {"x": {"kind": "list", "items": [], "length": 2}}}}
    with pytest.raises(ProtocolError):
        read_observations(ex, forged, max_elements=None)
    path = tmp_path / "expected.json"
    path.write_text(json.dumps({"schema": "grader.expected/1", "exercises": {"e": forged}}))
    with pytest.raises(ReferenceSolutionError, match="items do not match"):
        FrozenExpected(path).observations(ex)
