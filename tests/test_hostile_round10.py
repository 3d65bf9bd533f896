"""Hostile review, round 10: a call target's probes read under the student's modes, zips inside a student's zip.

``tests/hostile/round10/pack/`` holds submissions against the course's own pack (each says what it tries and the
fair verdict); the intake attacks are zips the test builds, as a course platform's download would hold them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.batch import Item, grade_items
from grader.config import Config
from grader.grading import open_grader
from grader.sandbox.worker import WorkerPool

ROUND10 = Path(__file__).resolve().parent / "hostile" / "round10"
PACK = ROUND10 / "pack"

PACK_EXPECTED: dict[str, tuple[str, float, set[str]]] = {
    "callable_changes_its_argument_under_a_mode.py": (
        "func_grad_callable",
        8,
        {"grad_example", "grad_dtype", "grad_vector_hidden", "grad_matrix_hidden"},
    ),
    # p_is_leaf, p_value and w_grad_none require p_grad.
    "variables_read_under_a_mode.py": (
        "chain_rule_scalars",
        5,
        {"w_value", "w_grad_fn", "w_not_leaf", "l_value", "l_grad_fn"},
    ),
}
"""Each pack file: its exercise, its fair score, and the checks it fairly passes."""

NOT_STOPPED: dict[str, str] = {}
"""Attacks that still earn more than their fair score (docs/threat-model.md says what is left)."""


def test_every_attack_says_what_it_tries_and_the_fair_verdict() -> None:
    for path in sorted(PACK.glob("*.py")):
        doc = path.read_text(encoding="utf-8").split('"""')[1]
        assert "Tries:" in doc and "Fair verdict" in doc, path.name
    assert {p.name for p in PACK.glob("*.py")} == set(PACK_EXPECTED)


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_STOPPED[n])) if n in NOT_STOPPED else n for n in sorted(PACK_EXPECTED)],
)
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score, passing = PACK_EXPECTED[name]
    grader = open_grader(repo_config, mode="grade", only=[exercise])
    [(_key, result)] = list(grade_items([Item(key=name, path=PACK / name, grader=grader)], pool=pool))
    ex = result.exercise(exercise)
    assert {c.name for c in ex.checks if c.status == "passed"} == passing, [(c.name, c.status, c.points, c.message) for c in ex.checks]
    assert ex.score == score
