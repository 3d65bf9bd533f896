"""What crosses back from the sandbox is validated: malformed data is an error, never a pass."""

from __future__ import annotations

import copy
import json

import pytest
import torch

from grader.errors import ProtocolError
from grader.observe import encode
from grader.protocol import DENSE_FROM, parse_record, validate_value
from grader.values import TensorValue

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


def wire(rec: dict) -> dict:
    """``rec`` as a worker sends it: each observation as the JSON text the child wrote."""
    rec = copy.deepcopy(rec)
    for outcome in rec["tasks"].values():
        if "observation" in outcome:
            outcome["observation"] = json.dumps(outcome["observation"])
    return rec


def test_a_well_formed_record_parses() -> None:
    parsed = parse_record(wire(record()), JOB)
    returned = parsed.tasks["ex/c"].observation.returned  # type: ignore[union-attr]
    assert isinstance(returned, TensorValue) and returned.data == [1.0, 1.0]


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
        parse_record(wire(tampered(path, value)), JOB)


def test_extra_or_missing_tasks_are_rejected() -> None:
    rec = record()
    rec["tasks"]["ex/other"] = copy.deepcopy(rec["tasks"]["ex/c"])
    with pytest.raises(ProtocolError, match="tasks do not match"):
        parse_record(wire(rec), JOB)
    with pytest.raises(ProtocolError):
        parse_record(record(tasks={}), JOB)


@pytest.mark.parametrize(
    "text",
    [
        '{"status": "returned"',  # cut short
        '{"status": "returned"}, "extra": {}',  # more than one value
        "[" * 100_000 + "]" * 100_000,  # past the decoder's depth
    ],
)
def test_observations_that_are_not_one_json_value_are_rejected(text: str) -> None:
    rec = wire(record())
    rec["tasks"]["ex/c"]["observation"] = text
    with pytest.raises(ProtocolError, match="ex/c"):
        parse_record(rec, JOB)


def test_an_observation_not_sent_as_text_is_rejected() -> None:
    # Workers pass observations on as the text the child wrote; anything else is not from a worker.
    with pytest.raises(ProtocolError, match="JSON text"):
        parse_record(record(), JOB)


@pytest.mark.parametrize("unit", ["[],", '{"a":1},', '[{"":0}],'], ids=["empty_lists", "small_objects", "both"])
def test_an_observation_of_more_lists_than_the_encoder_writes_is_refused_before_decoding(unit: str) -> None:
    """Decoding costs the grader its containers, not its characters: bare empty lists cost 28 times their text
    (hostile round 15). Past a size, more lists and objects than the child's encoder writes are forged."""
    rec = wire(record())
    observation = json.loads(rec["tasks"]["ex/c"]["observation"])
    forged = json.dumps(observation)[:-1] + ',"padding":[' + unit * 200_000 + "0]}"
    rec["tasks"]["ex/c"]["observation"] = forged
    with pytest.raises(ProtocolError, match=r"ex/c.*more lists or objects for its length"):
        parse_record(rec, JOB)


@pytest.mark.parametrize(
    "returned",
    [
        {str(i): None for i in range(10_000)},  # the densest the encoder writes: short keys to None
        [[]] * 10_000,
        [None] * 10_000,
        ["[" * 9_000 + "{" * 900] * 20,  # brackets inside strings build nothing
    ],
    ids=["dict_of_none", "empty_lists", "nones", "strings_of_brackets"],
)
def test_the_densest_honest_results_are_not_refused_as_forged(returned: object) -> None:
    rec = record()
    rec["tasks"]["ex/c"]["observation"]["returned"] = encode(returned)
    text = json.dumps(rec["tasks"]["ex/c"]["observation"], separators=(",", ":"))
    assert len(text) > DENSE_FROM
    rec = wire(rec)
    rec["tasks"]["ex/c"]["observation"] = text
    assert parse_record(rec, JOB).tasks["ex/c"].observation is not None


def test_values_nested_too_deeply_are_rejected() -> None:
    value: dict = {"kind": "none"}
    for _ in range(30):
        value = {"kind": "list", "items": [value], "length": 1}
    with pytest.raises(ProtocolError, match="nested too deeply"):
        validate_value(value, "x")


def tensor_value(**changes: object) -> dict:
    value = encode(torch.ones(2))
    value.update(changes)
    return value


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (tensor_value(dtype="complex64", data=[1.0, 1.0]), "never compared"),
        (tensor_value(dtype="Robert'); DROP TABLE", data=None, note="x"), "bad dtype"),
        (tensor_value(note="cut"), "a note with data"),
        ({"kind": "list", "items": [{"kind": "none"}] * 10_001, "length": 10_001}, "items do not match"),
        ({"kind": "dict", "items": [["k", {"kind": "none"}]] * 3, "length": 2}, "items do not match"),
    ],
)
def test_values_the_encoder_never_sends_are_rejected(value: dict, problem: str) -> None:
    with pytest.raises(ProtocolError, match=problem):
        validate_value(value, "x")


def test_tensors_larger_than_the_job_allows_are_rejected() -> None:
    value = tensor_value(shape=[3], data=[1.0, 2.0, 3.0])
    validate_value(value, "x", max_elements=3)
    with pytest.raises(ProtocolError, match="more elements"):
        validate_value(value, "x", max_elements=2)


def test_an_unknown_dtype_without_data_is_accepted() -> None:
    validate_value(tensor_value(dtype="float8_e4m3fn", data=None, note="tensors of dtype float8_e4m3fn cannot be compared"), "x")


LIMITS = {"memory_mb": 512, "processes": 8, "file_mb": 1, "disk_mb": 4, "cpu_seconds": 5, "output_bytes": 100}


@pytest.mark.parametrize(
    ("type_", "message", "words"),
    [
        ("MemoryError", "", "ran out of memory (memory limit: 512 MiB"),
        ("RuntimeError", "DefaultCPUAllocator: can't allocate memory: you tried to allocate 8 bytes", "memory limit: 512 MiB"),
        ("BlockingIOError", "[Errno 11] Resource temporarily unavailable", "process limit: 8"),
        ("RuntimeError", "can't start new thread", "process limit: 8"),
        ("OSError", "[Errno 27] File too large", "file size limit: 1 MiB"),
        ("OSError", "[Errno 28] No space left on device", "disk limit: 4 MiB"),
    ],
)
def test_exceptions_from_a_limit_say_which_limit(type_: str, message: str, words: str) -> None:
    rec = record()
    rec["tasks"]["ex/c"]["observation"].update(
        status="raised",
        returned=None,
        raised={"kind": "exception", "type": type_, "message": message, "where": None, "code": None, "traceback": None},
    )
    job = {**JOB, "limits": LIMITS}
    outcome = parse_record(wire(rec), job).tasks["ex/c"]
    assert outcome.error is not None and words in outcome.error.message
    assert outcome.limit is not None and outcome.error.limit == outcome.limit


def test_an_ordinary_exception_names_no_limit() -> None:
    rec = record(cells={"1": {"status": "error", "detail": None, "seconds": 0.1, "error": {
        "kind": "exception", "type": "ValueError", "message": "[Errno 11] not a limit", "where": None, "code": None, "traceback": None}}})
    cell = parse_record(wire(rec), {**JOB, "limits": LIMITS}).cells[1]
    assert cell.limit is None and cell.error is not None and cell.error.message == "[Errno 11] not a limit"


def test_crashes_carry_the_limit_the_sandbox_named() -> None:
    rec = record(tasks={"ex/c": {"status": "crashed", "detail": "was stopped: it used up its CPU time", "limit": "cpu"}})
    assert parse_record(rec, JOB).tasks["ex/c"].limit == "cpu"
    rec = record(tasks={"ex/c": {"status": "crashed", "detail": "x", "limit": "pwned"}})
    with pytest.raises(ProtocolError, match="unknown limit"):
        parse_record(rec, JOB)


def test_the_isolation_facts_are_checked() -> None:
    facts = {"user": "uid 65001", "course_hidden": True, "private_tmp": True, "notes": []}
    assert parse_record(wire(record(isolation=facts)), JOB).isolation == facts
    with pytest.raises(ProtocolError):
        parse_record(wire(record(isolation={**facts, "course_hidden": "yes"})), JOB)
