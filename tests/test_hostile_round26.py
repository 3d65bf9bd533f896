"""Hostile review, round 26: the hold for review turned off by a whole-value rule's recognition on a hidden case.

``tests/hostile/round26/pack/`` holds submissions against the course's own pack (each says what it tries and the fair
verdict). Round 24 kept a hidden failure named by an author's wrong solution whose own run is wrong on the public
examples from turning ``checks.held_for_review`` off (``checks.shows_on_examples``) and left the rules of
``grader.hints`` that rebuild a whole value (a sign, a transpose, a record one step off, a number kept in a tensor):
such a mistake is the same on any input, so a method that makes it makes it on the examples too, and a submission
right there and wrong so elsewhere wrote the examples in.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_fair, grade_exercise

from grader.config import Config
from grader.sandbox.worker import WorkerPool

PACK = Path(__file__).resolve().parent / "hostile" / "round26" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float, bool]] = {
    # The examples' losses typed in, each loss recorded after its update (shifted_record) elsewhere: held.
    "typed_in_examples_record_shifted_elsewhere.py": ("sgd_optimizer_steps", 0, True),
    # The control: the same honest mistake on every input, the examples included: recognised work, not held.
    "record_shifted_everywhere.py": ("sgd_optimizer_steps", 8, False),
    # The control: the examples' losses typed in, zeros (no rule's) elsewhere: held before and now.
    "typed_in_examples_zeros_elsewhere.py": ("sgd_optimizer_steps", 0, True),
}
"""Pack files graded one at a time: exercise, fair score, and whether it is held for review."""


@pytest.mark.parametrize("name", sorted(PACK_EXPECTED))
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score, held = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert_fair(ex, score, held=held)
