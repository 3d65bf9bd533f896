"""Hostile review, round 24: the hold for review turned off by an author's wrong solution that is part of the work.

``tests/hostile/round24/pack/`` holds submissions against the course's own pack (each says what it tries and the fair
verdict). Round 23 kept a hidden failure recognised from part of the case's work (one row of n, one sample's gradient
in every row, the rows added up) from turning ``checks.held_for_review`` off, but only where a rule of
``grader.hints`` named it. The same parts are authors' wrong solutions too (the summed loss's gradient repeated, the
gradient of a Jacobian's summed outputs), and a failure named by a known mistake's values counted as the hidden case
worked out: the public examples' values typed in beside that mistake elsewhere kept the public points.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_fair, grade_exercise

from grader.config import Config
from grader.sandbox.worker import WorkerPool

PACK = Path(__file__).resolve().parent / "hostile" / "round24" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float, bool]] = {
    # The examples' rows typed in, the summed loss's gradient in every row (summed_loss.py) elsewhere: held.
    "typed_in_examples_summed_loss_elsewhere.py": ("per_sample_grads", 0, True),
    # The examples' Jacobians typed in, the gradient of the summed outputs (gradient_of_sum.py) elsewhere: held.
    "typed_in_examples_gradient_of_sum_elsewhere.py": ("jacobian_matrix", 0, True),
    # The examples' Hessians typed in, the gradient (gradient_returned.py: one pass, a vector) elsewhere: held.
    "typed_in_examples_gradient_elsewhere.py": ("hessian_logsumexp", 0, True),
    # The examples' hv typed in beside an honest gradient, 3 x^2 v by hand (hessian_diagonal_only.py) elsewhere: held.
    "typed_in_examples_diagonal_elsewhere.py": ("hessian_vector_product", 0, True),
    # The controls: the same mistakes on every input, the examples included: recognised work, not held.
    "summed_loss_everywhere.py": ("per_sample_grads", 4, False),
    "diagonal_everywhere.py": ("hessian_vector_product", 7, False),
}
"""Pack files graded one at a time: exercise, fair score, and whether it is held for review."""


@pytest.mark.parametrize("name", sorted(PACK_EXPECTED))
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score, held = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert_fair(ex, score, held=held)
