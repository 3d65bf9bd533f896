"""Hostile review, round 14: slips (grader/slips.py), points without the work.

``tests/hostile/round14/pack/`` holds submissions against the course's own pack, one exercise each (each says what
it tries and the fair verdict). The grader writes slips of each reference (one number, sign or power changed) and
counts a failure whose values equal a slip's on every case as recognised work; a slip that collapses the formula
gives values a cheap function of the inputs gives as well.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import grade_exercise

from grader.config import Config
from grader.sandbox.worker import WorkerPool

PACK = Path(__file__).resolve().parent / "hostile" / "round14" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float]] = {
    # xs.clone() for the per-sample gradients: the values of the slip (w @ x - y) ** 1, an input of the case.
    "input_itself_as_per_sample_grads.py": ("per_sample_grads", 0),
    # (p * p).sum().backward(): the values of the slip w = p * 2 (the gap collapses to -p), a gradient of 2 p.
    "doubled_input_as_square_gap_grad.py": ("square_gap_grad", 0),
    # y and x returned as d/dx and d/dy: the slip (x ** 1 * y)'s partials, the inputs swapped.
    "inputs_swapped_as_partial_grads.py": ("grad_allow_unused", 0),
}
"""Each pack file: its exercise and its fair score."""

COPIED: dict[str, set[str]] = {
    "input_itself_as_per_sample_grads.py": {"grads", "grads_hidden"},
    "doubled_input_as_square_gap_grad.py": set(),  # a .grad: left out (NOT_STOPPED)
    "inputs_swapped_as_partial_grads.py": {"gx"},  # gy = x: a rule names it (divided by x); .grad left out
}
"""The failed value checks whose values are an input (or a multiple of one): the slip names nothing there (as where
its values are flat), so they are never recognised."""

NOT_STOPPED: dict[str, str] = {
    "doubled_input_as_square_gap_grad.py": (
        "(p * p).sum().backward() writes the .grad of the slip w = p * 2 through autograd, as the honest student who "
        "makes that slip does: nothing observed tells them apart. Refusing a .grad that is a multiple of an input took "
        "honest partial credit (tests/fairness: square_gap_grad 34 -> 33/35, vector_backward 29 -> 26/35 partial "
        "answers with some points), so .grad checks are left out of checks.copied_checks"
    ),
}
"""Attacks that still earn more than their fair score (docs/threat-model.md says what is left)."""


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_STOPPED[n])) if n in NOT_STOPPED else n for n in sorted(PACK_EXPECTED)],
)
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert ex.score == score, [(c.name, c.status, c.points, c.recognised, c.message) for c in ex.checks]
    failed_values = [c for c in ex.checks if c.name in COPIED[name]]
    assert len(failed_values) == len(COPIED[name]) and all(c.status == "failed" and not c.recognised for c in failed_values), [
        (c.name, c.status, c.recognised, c.hint) for c in failed_values
    ]
