"""Hostile review, round 23: the hold for review turned off by a recognised part of a hidden case's work.

``tests/hostile/round23/pack/`` holds submissions against the course's own pack (each says what it tries and the fair
verdict). ``checks.held_for_review`` holds an exercise right on every public case and wrong on every hidden one, but
a hidden failure recognised as a mistake counted as proof the hidden case was worked out. Some recognised mistakes
show only part of a case (one row of n, one sample's gradient in every row), far cheaper than the case: the public
examples' values typed in beside that part on other inputs kept the public points and the checks they guard. A
failure recognised from part of the work (``CheckResult.partial``) no longer turns the hold off; it is still work
where the examples show the same mistake (the control).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_fair, grade_exercise

from grader.config import Config
from grader.sandbox.worker import WorkerPool

PACK = Path(__file__).resolve().parent / "hostile" / "round23" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float, bool]] = {
    # The examples' Jacobians typed in, one row of J (rows_missing) on any other input: held.
    "typed_in_examples_one_row_elsewhere.py": ("jacobian_matrix", 0, True),
    # The examples' rows typed in, the last sample's gradient in every row (last_entry_everywhere) elsewhere: held.
    "typed_in_examples_last_sample_elsewhere.py": ("per_sample_grads", 0, True),
    # The control: one row of J on every input, the examples included: round 21's 2 of 10, not held.
    "one_row_everywhere.py": ("jacobian_matrix", 2, False),
}
"""Pack files graded one at a time: exercise, fair score, and whether it is held for review."""


@pytest.mark.parametrize("name", sorted(PACK_EXPECTED))
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score, held = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert_fair(ex, score, held=held)
