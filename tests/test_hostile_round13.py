"""Hostile review, round 13: the hold for a call that raises off the examples, and what a record costs the grader.

``tests/hostile/round13/pack/`` holds submissions against the course's own pack (each says what it tries and the
fair verdict); both attacks are open (strict xfails).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import Course, GradeFn, assert_fair, grade_exercise

from grader.batch import Item, grade_items
from grader.config import Config
from grader.grading import open_grader
from grader.sandbox.worker import WorkerPool

PACK = Path(__file__).resolve().parent / "hostile" / "round13" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float]] = {
    # Typed in for the public inputs, a raise on the hidden 3x4 case, a wrong value on the hidden vector.
    "typed_in_raising_on_one_hidden_case.py": ("mean_square_grad", 0),
}
"""Pack files graded here: exercise and fair score (record_of_zeros.py is measured by the unit test below)."""
ALSO_GRADED = {"record_of_zeros.py"}
"""Measured by a unit test of its own (tests/test_hostile_packs.py checks every file is graded)."""


NOT_STOPPED: dict[str, str] = {}
"""Pack attacks that still earn more than their fair score (none: the hold runs a hidden check again where it raised)."""


@pytest.mark.parametrize(
    "name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_STOPPED[n])) if n in NOT_STOPPED else n for n in sorted(PACK_EXPECTED)]
)
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert_fair(ex, score, held=True)


TWO_CASES = """
id: big_then_small
title: Big then small
prompt: Return x times 2.
function: {name: twice, params: [x]}
cases:
  - {name: big, inputs: {x: {full: [100000], value: 1.0}}}
  - {name: small, inputs: {x: {tensor: [1.0, 2.0]}}}
checks:
  - {name: big_value, target: return, cases: [big]}
  - {name: small_value, target: return, cases: [small]}
"""


def test_results_past_the_submissions_budget_are_refused_and_the_rest_still_run(course: Course, grade: GradeFn) -> None:
    """The grader parses what it keeps into Python objects, several times the text, in its own process (no rlimit
    there): a job's results past ``limits.results_mb`` are refused as a limit, a task at a time, and the tasks after
    them run as ever (record_of_zeros.py held about 900 MB of the grader's memory before)."""
    course.settings["limits"]["results_mb"] = 1
    course.exercise("big_then_small", TWO_CASES, "def twice(x):\n    return x * 2\n")
    flood = "def twice(x):\n    return (x * 2).repeat(4) if x.numel() > 2 else x * 2\n"
    checks = {c.name: c for c in grade(course.config, flood).exercise("big_then_small").checks}
    assert checks["small_value"].status == "passed"
    assert checks["big_value"].status != "passed" and "results limit: 1 MiB" in checks["big_value"].message
    # An honest answer's results fit in the same budget, and earn everything.
    assert all(c.status == "passed" for c in grade(course.config, "def twice(x):\n    return x * 2\n").exercise("big_then_small").checks)


def test_the_flood_of_zeros_stops_at_the_results_limit(repo_config: Config, pool: WorkerPool) -> None:
    # Writing five million zeros as JSON takes seconds of CPU: on a loaded machine a call's 10 s ran out first (a CI
    # run beside two other jobs on two cores). The results limit is what is tested, so the time limit is out of reach.
    config = dataclasses.replace(repo_config, limits=dataclasses.replace(repo_config.limits, call_seconds=300.0, submission_seconds=900.0))
    grader = open_grader(config, mode="grade", only=["mean_square_grad"])
    path = PACK / "record_of_zeros.py"
    [(_key, result)] = list(grade_items([Item(key=path.name, path=path, grader=grader)], pool=pool))
    ex = result.exercise("mean_square_grad")
    assert ex.score == 0 and "results limit" in (ex.message or "") + " ".join(c.message for c in ex.checks)
