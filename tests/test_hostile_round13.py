"""Hostile review, round 13: the hold for a call that raises off the examples, and what a record costs the grader.

``tests/hostile/round13/pack/`` holds submissions against the course's own pack (each says what it tries and the
fair verdict). The unit tests below pin the fix down without reference runs.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from grader import checks as checks_mod
from grader import protocol
from grader.batch import Item, grade_items
from grader.config import Config
from grader.grading import open_grader
from grader.results import CheckResult
from grader.sandbox.worker import WorkerPool
from grader.spec import Check, load_exercises

PACK = Path(__file__).resolve().parent / "hostile" / "round13" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float]] = {
    # Typed in for the public inputs, a raise on the hidden 3x4 case, a wrong value on the hidden vector.
    "typed_in_raising_on_one_hidden_case.py": ("mean_square_grad", 0),
}
"""Pack files graded here: exercise and fair score (record_of_zeros.py is measured by the unit test below)."""


def test_every_attack_says_what_it_tries_and_the_fair_verdict() -> None:
    for path in sorted(PACK.glob("*.py")):
        doc = path.read_text(encoding="utf-8").split('"""')[1]
        assert "Tries:" in doc and "Fair verdict" in doc, path.name
    assert {p.name for p in PACK.glob("*.py")} == set(PACK_EXPECTED) | {"record_of_zeros.py"}


@pytest.mark.parametrize("name", sorted(PACK_EXPECTED))
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score = PACK_EXPECTED[name]
    grader = open_grader(repo_config, mode="grade", only=[exercise])
    [(_key, result)] = list(grade_items([Item(key=name, path=PACK / name, grader=grader)], pool=pool))
    ex = result.exercise(exercise)
    assert ex.score == score, [(c.name, c.status, c.points, c.message) for c in ex.checks]
    assert ex.review is not None


def _results(checks: tuple[Check, ...], failed: dict[str, str]) -> list[CheckResult]:
    """Each check passed, or failed on the case ``failed`` names."""
    return [
        CheckResult(
            name=c.name,
            status="failed" if c.name in failed else "passed",
            points=0.0 if c.name in failed else c.points,
            max_points=c.points,
            message="",
            visibility=c.visibility,
            case=failed.get(c.name),
        )
        for c in checks
    ]


def _again(status: str, seen: list[tuple[str, tuple[str, ...]]]) -> Callable[[Check], CheckResult]:
    def run(check: Check) -> CheckResult:
        seen.append((check.name, check.cases))
        return CheckResult(
            name=check.name, status="passed" if status == "passed" else "failed", points=check.points if status == "passed" else 0.0,
            max_points=check.points, message="", visibility="hidden", case=None if status == "passed" else check.cases[0],
        )

    return run


def test_a_raise_on_one_hidden_case_leaves_the_other_hidden_case_to_judge(repo_config: Config) -> None:
    """mean_square_grad: every public check passed but ``out_requires_grad`` (given up), both hidden checks failed on
    the 3x4 case, where the call raised. The group of each target was left out (the raise said nothing of values), so
    nothing was held; now each hidden check is run again on the case where the call returned (the vector): wrong
    there too holds the exercise, right there does not (a method that raises on one shape only)."""
    [ex] = load_exercises(repo_config, ["mean_square_grad"])
    checks = ex.checks_for("grade")
    valued = frozenset({"out_value", "x_grad", "x_grad_hidden", "out_value_hidden"})
    failed = {"out_requires_grad": "ones", "x_grad_hidden": "random_3x4", "out_value_hidden": "random_3x4"}
    results = _results(checks, failed)
    raised = frozenset({"random_3x4"})
    assert checks_mod.held_for_review(ex, results, valued, raised)[1] is None  # as before: nothing to judge by
    seen: list[tuple[str, tuple[str, ...]]] = []
    elsewhere = checks_mod.on_cases_that_returned(checks, results, valued, raised, _again("failed", seen))
    assert sorted(seen) == [("out_value_hidden", ("random_vector",)), ("x_grad_hidden", ("random_vector",))]
    held, review = checks_mod.held_for_review(ex, results, valued, raised, None, elsewhere)
    assert review is not None and sum(r.points for r in held) == 0
    right = checks_mod.on_cases_that_returned(checks, results, valued, raised, _again("passed", []))
    assert checks_mod.held_for_review(ex, results, valued, raised, None, right)[1] is None
    # Raised on both hidden cases and no public one: held, as since round 11, with nothing to run again.
    both = frozenset({"random_3x4", "random_vector"})
    assert checks_mod.on_cases_that_returned(checks, results, valued, both, _again("failed", [])) == {}
    assert checks_mod.held_for_review(ex, results, valued, both)[1] is not None


def _peak_while_decoding(text: str) -> int:
    tracemalloc.start()
    try:
        value = protocol._decoded(text, "test")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    del value
    return peak


@pytest.mark.xfail(
    strict=True,
    reason=(
        "an observation's tensor data is parsed into Python lists of floats in the grader's own process: 32 bytes "
        "per '0.0,' of the wire, eight times what the child sent (record_of_zeros.py: 80 MB sent, 895 MB held; a "
        "job's record may reach 256 MiB). Bounding it takes a per-job budget of elements before parsing, or data "
        "kept packed (array) where every comparison and hint reads lists: docs/threat-model.md, point 6"
    ),
)
def test_the_grader_holds_about_what_a_record_of_zeros_carries() -> None:
    zeros = 1_000_000
    data = ",".join(["0.0"] * zeros)
    text = f'{{"kind":"tensor","class":"Tensor","dtype":"float32","shape":[{zeros}],"data":[{data}],"note":null}}'
    assert _peak_while_decoding(text) <= 3 * len(text)
