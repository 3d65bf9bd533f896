"""Hostile review, round 9: one value in another one-element shape, grad_fn through casts, caught backward errors, the
first-input null, call targets that change their arguments.

``tests/hostile/round9/pack/`` holds submissions against the course's own pack (each says what it tries and the
fair verdict).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import grade_exercise

from grader.config import Config
from grader.sandbox.worker import WorkerPool

ROUND9 = Path(__file__).resolve().parent / "hostile" / "round9"
PACK = ROUND9 / "pack"

GRAD_FN_NAMES_VALUES = {"values", "values_hidden", "a_unchanged", "b_unchanged"}

PACK_EXPECTED: dict[str, tuple[str, float, set[str]]] = {
    # six_results requires mul_grad_fn: the values alone are 2 + 2 + 0.5 + 0.5.
    "cast_on_top_of_each_result.py": ("grad_fn_names", 5, GRAD_FN_NAMES_VALUES),
    "computed_in_float64_cast_back.py": (
        "grad_fn_names",
        13,
        GRAD_FN_NAMES_VALUES
        | {"six_results", "mul_grad_fn", "mean_grad_fn", "add_grad_fn", "pow_grad_fn", "sum_grad_fn", "mse_grad_fn", "sum_grad_fn_hidden"},
    ),
    # x.grad twice the right one, by the second pass (a recognised mistake): x left alone counts beside it.
    "caught_error_over_a_double_pass.py": ("mean_square_grad", 4, {"out_value", "out_requires_grad", "out_value_hidden", "x_unchanged"}),
    "sum_of_one_element.py": (
        "linear_partials",
        15,
        {
            "y_value", "dy_dx", "dy_dw", "dy_db", "one_backward", "x_unchanged", "w_unchanged", "b_unchanged",
            "dy_dx_hidden", "dy_dw_hidden", "dy_db_hidden", "y_value_hidden",
        },
    ),
}
"""Each pack file: its exercise, its fair score, and the checks it fairly passes."""

NOT_STOPPED: dict[str, str] = {}
"""Attacks that still earn more than their fair score (docs/threat-model.md says what is left)."""

UNDER_FULL_MARKS = {"callable_changes_its_argument.py": "func_grad_callable"}
"""Pack files whose fair score is below full marks, by how much being a check the exercise does not have yet."""
ALSO_GRADED = set(UNDER_FULL_MARKS)
"""Pack files graded by a test of their own (tests/test_hostile_packs.py checks every file is graded)."""

HINTS: dict[str, dict[str, set[str]]] = {
    # A pass that raised adds nothing: the second pass that doubled x.grad is named, the caught error after it.
    "caught_error_over_a_double_pass.py": {"x_grad": {"accumulation", "exception"}, "x_backward_calls": {"backward_count", "exception"}},
}
"""Pack files whose hints matter: check -> the mistakes its hint must name."""


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_STOPPED[n])) if n in NOT_STOPPED else n for n in sorted(PACK_EXPECTED)],
)
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score, passing = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert {c.name for c in ex.checks if c.status == "passed"} == passing, [(c.name, c.status, c.points, c.message) for c in ex.checks]
    assert ex.score == score
    by_name = {c.name: c for c in ex.checks}
    for check, mistakes in HINTS.get(name, {}).items():
        assert mistakes <= set(by_name[check].hint_tags), (check, by_name[check].hint)
        assert not (by_name[check].hint or "").startswith("A backward pass in your function raised"), by_name[check].hint


def test_a_callable_that_changes_its_argument_is_not_full_marks(repo_config: Config, pool: WorkerPool) -> None:
    [(name, exercise)] = UNDER_FULL_MARKS.items()
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert ex.score < ex.max_score, [(c.name, c.status, c.points) for c in ex.checks]
