"""Turning a worker's record into a result: whatever a record holds, one submission's result, never a crash."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import DOUBLE_SPEC, Course, write

from grader.batch import Item, grade_items
from grader.grading import open_grader
from grader.sandbox.worker import WorkerPool

GOOD = "import torch\n\ndef double(x):\n    return 2 * x\n"


class Replaying:
    """A pool that answers every job with a record a test built (a stand-in for a worker that was lied to).

    ``forge`` gets the job and returns the record.
    """

    def __init__(self, forge: Callable[[dict[str, Any]], Any]) -> None:
        self.forge = forge

    def run(self, jobs: Iterable[tuple[Any, Callable[[], dict[str, Any]]]]) -> Iterator[tuple[Any, Any, Any]]:
        for key, make in jobs:
            yield key, self.forge(make()), None


def _observation(record: dict[str, Any]) -> dict[str, Any]:
    task = next(iter(record["tasks"].values()))
    return json.loads(task["observation"])


def _with_observation(record: dict[str, Any], edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    record = copy.deepcopy(record)
    for task in record["tasks"].values():
        if task["status"] == "done":
            obs = json.loads(task["observation"])
            edit(obs)
            task["observation"] = json.dumps(obs)
    return record


def _big(obs: dict[str, Any]) -> None:
    obs["returned"]["data"] = [10**400] * len(obs["returned"]["data"])


def _status(obs: dict[str, Any]) -> None:
    obs["status"] = "inspected"


def _seconds(obs: dict[str, Any]) -> None:
    obs["seconds"] = 10**400


def _nan_shape(obs: dict[str, Any]) -> None:
    obs["returned"]["shape"] = [2**70]


# Each edit aims at a different stage: the record's own fields, the observation's schema,
# numbers the comparison converts, the task kind the result assembly relies on.
FORGERIES: dict[str, Callable[[dict[str, Any]], Any]] = {
    "not a mapping": lambda record: ["not", "a", "record"],
    "record seconds of 400 digits": lambda record: {**record, "seconds": 10**400},
    "observation seconds of 400 digits": lambda record: _with_observation(record, _seconds),
    "tensor data of 400 digits": lambda record: _with_observation(record, _big),
    "a status no function task has": lambda record: _with_observation(record, _status),
    "a shape past int64": lambda record: _with_observation(record, _nan_shape),
    "attempts of 400 digits": lambda record: {**record, "attempts": 10**400},
    "cell seconds of 400 digits": lambda record: {**record, "cells": {k: {**v, "seconds": 10**400} for k, v in record["cells"].items()}},
    "a cell that is not in the job": lambda record: {**record, "cells": {"99": {"status": "ok", "error": None, "detail": None, "seconds": 0.0}}},
}


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory, pool: WorkerPool) -> tuple[Course, dict[str, Any]]:
    """A real record from a real run, for the forgeries to start from."""
    course = Course(tmp_path_factory.mktemp("grading"))
    course.exercise("double", DOUBLE_SPEC, GOOD)
    grader = open_grader(course.config, mode="grade")
    seen: list[Any] = []

    class Recording:
        def run(self, jobs: Iterable[tuple[Any, Callable[[], dict[str, Any]]]]) -> Iterator[tuple[Any, Any, Any]]:
            for key, record, error in pool.run(jobs):
                seen.append(record)
                yield key, record, error

    path = write(tmp_path_factory.mktemp("sub") / "good.py", GOOD)
    [(_, result)] = list(grade_items([Item(key="good", path=path, grader=grader)], pool=Recording()))  # type: ignore[arg-type]
    assert result.score == result.max_score
    return course, seen[0]


@pytest.mark.parametrize("name", FORGERIES)
def test_a_record_built_to_trip_the_grader_is_that_submissions_error(genuine: tuple[Course, dict[str, Any]], name: str, tmp_path: Path) -> None:
    course, record = genuine
    grader = open_grader(course.config, mode="grade")
    paths = [write(tmp_path / f"s{i}.py", GOOD) for i in range(3)]
    items = [Item(key=str(i), path=p, grader=grader) for i, p in enumerate(paths)]
    forge = FORGERIES[name]
    results = dict(grade_items(items, pool=Replaying(lambda job: forge(copy.deepcopy(record)))))  # type: ignore[arg-type]
    assert sorted(results) == ["0", "1", "2"]  # the batch went on
    for result in results.values():
        assert result.status == "error" and result.score == 0
        assert "needs review" in (result.message or "")


def test_the_genuine_record_replayed_grades_as_it_did(genuine: tuple[Course, dict[str, Any]], tmp_path: Path) -> None:
    # The forgeries fail for what they changed, not because replaying cannot work.
    course, record = genuine
    grader = open_grader(course.config, mode="grade")
    item = Item(key="0", path=write(tmp_path / "s.py", GOOD), grader=grader)
    [(_, result)] = list(grade_items([item], pool=Replaying(lambda job: copy.deepcopy(record))))  # type: ignore[arg-type]
    assert result.status == "graded" and result.score == result.max_score
    assert _observation(record)["status"] == "returned"


def test_the_protocol_refuses_what_no_honest_child_sends() -> None:
    from grader.errors import ProtocolError
    from grader.protocol import validate_observation, validate_value

    task = {"id": "e/c", "function": "f", "args": [], "variables": []}
    with pytest.raises(ProtocolError, match="does not fit this task"):
        validate_observation({"status": "inspected", "variables": {}, "seconds": 0.0}, "e/c", task)
    with pytest.raises(ProtocolError, match="not a finite number"):
        validate_observation({"status": "missing", "seconds": float("inf")}, "e/c", task)
    with pytest.raises(ProtocolError, match="out of range"):
        validate_value({"kind": "int", "value": 2**63}, "v")
    for items, length in (([{"kind": "none"}], 0), ([], 3)):  # more, or fewer (the forged list of the red team)
        with pytest.raises(ProtocolError, match="items do not match its length"):
            validate_value({"kind": "list", "items": items, "length": length}, "v")


def test_the_paths_a_batch_hides_are_few_and_never_the_root() -> None:
    # Every job covers them (read_other_submissions.py): one per file would be a mount per file.
    from grader.batch import private_paths

    files = [Path(f"/var/grading/subs/s{i}/nb.ipynb") for i in range(500)]
    found = private_paths([*files, Path("/var/grading/gb.sqlite"), Path("/srv/out")])
    assert found == ("/srv/out", "/var/grading/gb.sqlite", "/var/grading/subs")
    assert private_paths([Path("/a/x.py"), Path("/b/y.py")], most=1) == ()
