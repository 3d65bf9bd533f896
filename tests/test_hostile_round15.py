"""Hostile review, round 15: the batch (results just under the budget, forged records) and the hold for review.

``tests/hostile/round15/pack/`` holds submissions against the course's own pack (each says what it tries and the
fair verdict). The batch files are graded together, at two workers, with an honest file: each gets its own fair
grade and nobody else's changes.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import REPO, assert_fair, grade_exercise

from grader.batch import Item, grade_items
from grader.checks import held_for_review
from grader.config import Config
from grader.grading import open_grader
from grader.results import CheckResult
from grader.sandbox.worker import WorkerPool
from grader.spec import load_exercises

PACK = Path(__file__).resolve().parent / "hostile" / "round15" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float, bool]] = {
    # Typed in for two public inputs, a raise on every other input, the public from_zero given up: held.
    "typed_in_raising_on_a_public_case_too.py": ("manual_sgd_step", 0, True),
    # One row of the per-sample gradients computed, the others zeros: the honest loop that ran once, recognised.
    "one_sample_as_unfilled_entries.py": ("per_sample_grads", 4, False),
}
"""Pack files graded one at a time: exercise, fair score and whether it is held for review (held: 0 points)."""

BATCH: dict[str, float] = {
    "floats_just_under_the_budget.py": 6,
    "record_of_empty_lists.py": 0,
    "forged_key_with_markup.py": 0,
}
"""Pack files graded together on mean_square_grad, beside an honest answer (9 of 9): the fair score of each."""
ALSO_GRADED = set(BATCH)
"""Pack files graded by a test of their own (tests/test_hostile_packs.py checks every file is graded)."""

HONEST = """
def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).mean()
    out.backward()
    return out
"""


@pytest.mark.parametrize("name", sorted(PACK_EXPECTED))
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score, held = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert_fair(ex, score, held=held)


def test_a_batch_of_floods_and_forgeries_gives_everyone_their_own_grade(repo_config: Config, pool: WorkerPool, tmp_path: Path) -> None:
    honest = tmp_path / "honest.py"
    honest.write_text(HONEST, encoding="utf-8")
    grader = open_grader(repo_config, mode="grade", only=["mean_square_grad"])
    items = [Item(key=name, path=PACK / name, grader=grader) for name in BATCH] + [Item(key="honest", path=honest, grader=grader)]
    results = dict(grade_items(items, pool=pool))
    assert results["honest"].exercise("mean_square_grad").score == 9
    for name, score in BATCH.items():
        ex = results[name].exercise("mean_square_grad")
        assert ex.score == score, (name, ex.message, [(c.name, c.status, c.points, c.message) for c in ex.checks])
    for name in ("record_of_empty_lists.py", "forged_key_with_markup.py"):
        assert "needs review" in (results[name].message or "")
    message = results["forged_key_with_markup.py"].message or ""
    assert "unexpected" in message and not any(ord(ch) < 32 or ord(ch) == 0x7F or ch == "\u202e" for ch in message), repr(message)


def test_a_raise_on_a_public_case_too_keeps_the_targets_groups() -> None:
    """The rule itself, on manual_sgd_step's checks: a call that raised on every hidden case and on one public case is
    held when a target's public checks pass where it returned (before round 15, the public raise turned the target
    groups off and only the whole-exercise group, broken by the public case given up, was looked at)."""
    from grader.config import load_config

    [ex] = load_exercises(load_config(REPO / "config.yaml"), only=["manual_sgd_step"])
    checks = {c.name: c for c in ex.checks}
    raised = frozenset({"from_zero", "random_four", "random_zero_dim_w"})

    def result(name: str, passed: bool, case: str | None = None) -> CheckResult:
        check = checks[name]
        return CheckResult(
            name=name, status="passed" if passed else "failed", points=check.points if passed else 0.0, max_points=check.points,
            message="", visibility=check.visibility, case=case,
        )

    results = [
        result("first_grad", True), result("step_count", True), result("grads", True),
        result("w_after", False, "from_zero"), result("backward_per_step", True),
        result("x_data_unchanged", False, "from_zero"), result("y_data_unchanged", False, "from_zero"),
        result("grads_hidden", False, "random_four"), result("w_after_hidden", False, "random_four"),
    ]
    valued = frozenset({"first_grad", "grads", "w_after", "grads_hidden", "w_after_hidden"})
    held, review = held_for_review(ex, results, valued, raised, [], {})
    assert review is not None and all(r.points == 0 for r in held)
    # Returning on the hidden cases, a raise on the public one alone holds nothing: the hidden checks judge the values.
    honest = [dataclasses.replace(r, status="passed", points=r.max_points) if r.visibility == "hidden" else r for r in results]
    assert held_for_review(ex, honest, valued, frozenset({"from_zero"}), [], {})[1] is None
