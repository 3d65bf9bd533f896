"""Hostile review, round 20: recognised work judged on one case, junk on the cases after it.

``tests/hostile/round20/pack/`` holds submissions against the course's own pack (each says what it tries and the
fair verdict). A check stops at its first failing case, and the rules that recognise a mistake there (a sum for a
mean, a .grad stored by reference, the right values in another shape) read that case alone: junk on the later ones,
hidden ones included, went unseen, and the share of points for recognised work and the checks gated on the values
followed. A recognised failure now stays recognised only where every later case of its check passes or fails as
recognised work too (``checks._recognised_after``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_fair, grade_exercise

from grader.config import Config
from grader.sandbox.worker import WorkerPool

PACK = Path(__file__).resolve().parent / "hostile" / "round20" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float]] = {
    # The sum's values on matrices, zeros on vectors (the hidden checks' second case).
    "sum_for_mean_then_junk_on_vectors.py": ("mean_square_grad", 0),
    # Every row the last sample's gradient, zeros on a 2x2 input other than the example's (grads_hidden's second case).
    "stored_reference_then_junk_on_small.py": ("per_sample_grads", 0),
    # The right rows flattened, zeros on a 2x2 input other than the example's.
    "reshaped_then_junk_on_small.py": ("per_sample_grads", 0),
    # The control: the sum's values on every input keep what the recognised work unlocks.
    "sum_for_mean_everywhere.py": ("mean_square_grad", 3),
}
"""Pack files graded one at a time: exercise and fair score (none is held for review)."""


@pytest.mark.parametrize("name", sorted(PACK_EXPECTED))
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert_fair(ex, score)
