"""What crosses back from the sandbox is validated: malformed data is an error, never a pass."""

from __future__ import annotations

import copy

import pytest
import torch

from grader.errors import ProtocolError
from grader.observe import encode
from grader.protocol import parse_record, validate_value

JOB = {
    "source": {"cells": [{"number": 1, "code": ""}]},
    "tasks": [{"id": "ex/c", "function": "f", "args": [["x", {}]], "variables": []}],
}


def record(**changes: object) -> dict:
    base = {
        "cells": {"1": {"status": "ok", "error": None, "detail": None, "seconds": 0.1}},
        "tasks": {
            "ex/c": {
                "status": "done",
                "observation": {
                    "status": "returned",
                    "returned": encode(torch.ones(2)),
                    "raised": None,
                    "inputs": {"x": encode(torch.zeros(2))},
                    "seconds": 0.01,
                },
            }
        },
        "incidents": [],
        "output": {"text": "", "bytes": 0, "truncated": False},
        "attempts": 1,
        "seconds": 0.2,
        "protocol_error": None,
    }
    base.update(changes)
    return base


def test_a_well_formed_record_parses() -> None:
    parsed = parse_record(record(), JOB)
    assert parsed.tasks["ex/c"].observation["returned"]["data"] == [1.0, 1.0]  # type: ignore[index]


def tampered(path: list, value: object) -> dict:
    rec = record()
    target = rec
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return rec


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["tasks", "ex/c", "observation", "returned", "data"], [1.0]),  # does not match the shape
        (["tasks", "ex/c", "observation", "returned", "data"], ["1", "2"]),  # not numbers
        (["tasks", "ex/c", "observation", "returned", "class"], "LyingTensor"),
        (["tasks", "ex/c", "observation", "returned", "kind"], "pickle"),
        (["tasks", "ex/c", "observation", "status"], "passed"),
        (["tasks", "ex/c", "observation", "inputs"], {}),
        (["tasks", "ex/c", "observation", "raised"], {"kind": "exception"}),
        (["tasks", "ex/c", "status"], "great"),
        (["cells", "7"], {"status": "ok", "error": None, "detail": None, "seconds": 0}),
        (["attempts"], "1"),
    ],
)
def test_malformed_records_are_rejected(path: list, value: object) -> None:
    with pytest.raises(ProtocolError):
        parse_record(tampered(path, value), JOB)


def test_extra_or_missing_tasks_are_rejected() -> None:
    rec = record()
    rec["tasks"]["ex/other"] = copy.deepcopy(rec["tasks"]["ex/c"])
    with pytest.raises(ProtocolError, match="tasks do not match"):
        parse_record(rec, JOB)
    with pytest.raises(ProtocolError):
        parse_record(record(tasks={}), JOB)


def test_values_nested_too_deeply_are_rejected() -> None:
    value: dict = {"kind": "none"}
    for _ in range(30):
        value = {"kind": "list", "items": [value], "length": 1}
    with pytest.raises(ProtocolError, match="nested too deeply"):
        validate_value(value, "x")
