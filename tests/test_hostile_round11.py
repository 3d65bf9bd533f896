"""Hostile review, round 11: points without the work, through the grader's own logic.

``tests/hostile/round11/pack/`` holds submissions against the course's own pack, one exercise each (each says what
it tries and the fair verdict). The unit tests below pin the fix down without reference runs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import pytest
from conftest import grade_exercise

from grader import checks as checks_mod
from grader.config import Config
from grader.results import CheckResult
from grader.sandbox.worker import WorkerPool
from grader.spec import Check, load_exercises

ROUND11 = Path(__file__).resolve().parent / "hostile" / "round11"
PACK = ROUND11 / "pack"

PACK_EXPECTED: dict[str, tuple[str, float, set[str]]] = {
    # Held for review: every point waits for a person, after_zero_grad and grads_hidden fail.
    "linear_layer_typed_in_beside_a_whole_result_check.py": ("linear_layer_grads", 0, set()),
    "detach_values_typed_in_beside_real_gradients.py": ("detach_accumulation", 0, set()),
    "callable_typed_in_for_the_example_probe.py": ("func_grad_callable", 0, set()),
    # chain_w and chain_l as chain_p times one, no backward: every value wrong, the facts free.
    "notebook_facts_of_a_tensor_times_one.py": ("chain_rule_scalars", 0, set()),
    # Typed in for the public inputs, raising on any other, out_requires_grad given up.
    "typed_in_raising_on_other_inputs.py": ("mean_square_grad", 0, set()),
    # The central differences are autograd's gradient: right everywhere, but not the exercise's work.
    "finite_difference_is_the_autograd_gradient.py": (
        "finite_difference_check",
        9.5,
        {
            "loss_value",
            "loss_dtype",
            "w_grad",
            "b_grad",
            "backward_once",
            "w_restored",
            "b_restored",
            "t_u_unchanged",
            "t_c_unchanged",
            "grads_hidden",
            "b_grad_hidden",
        },
    ),
}
"""Each pack file: its exercise, its fair score, and the checks it fairly passes."""

HELD_FOR_REVIEW = {
    "linear_layer_typed_in_beside_a_whole_result_check.py",
    "detach_values_typed_in_beside_real_gradients.py",
    "callable_typed_in_for_the_example_probe.py",
    "typed_in_raising_on_other_inputs.py",
}
"""Pack files whose exercise waits for a person (checks.held_for_review)."""

NOT_STOPPED: dict[str, str] = {
    "notebook_facts_of_a_tensor_times_one.py": (
        "a notebook exercise's nulls are None and zeros only, so facts any computed tensor has (grad_fn, is_leaf) are "
        "not free there; a null on the graph (all_on_graph) made them free and gave 0 of 12, but took the points of "
        "honest partial answers whose only right checks are those facts (fairness corpus: chain_rule_scalars 28 of 29 "
        "partial answers with some points, then 27; legacy_variable_api 31 of 34, then 28)"
    ),
    "finite_difference_is_the_autograd_gradient.py": (
        "the loss is quadratic in each parameter, so the central difference equals autograd's gradient up to "
        "rounding: w.grad.item() is the right value on every case (docs/threat-model.md, point 3); only an exercise "
        "whose loss is not quadratic could tell"
    ),
}
"""Attacks that still earn more than their fair score (docs/threat-model.md says what is left)."""


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_STOPPED[n])) if n in NOT_STOPPED else n for n in sorted(PACK_EXPECTED)],
)
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score, passing = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert {c.name for c in ex.checks if c.status == "passed"} == passing, [(c.name, c.status, c.points, c.message) for c in ex.checks]
    assert ex.score == score
    assert bool(ex.review) == (name in HELD_FOR_REVIEW), ex.review


def _results(checks: tuple[Check, ...], failed: set[str]) -> list[CheckResult]:
    return [
        CheckResult(
            name=c.name,
            status="failed" if c.name in failed else "passed",
            points=0.0 if c.name in failed else c.points,
            max_points=c.points,
            message="",
            visibility=c.visibility,
            case=c.cases[0] if c.name in failed else None,
        )
        for c in checks
    ]


def _entry(status: Literal["passed", "failed"], seen: list[str]) -> Callable[[Check], CheckResult]:
    """``evaluate_on_hidden`` stand-in: the hidden check run again on one entry, with the given outcome."""

    def run(check: Check) -> CheckResult:
        seen.append(check.target.text)
        return CheckResult(
            name=check.name,
            status=status,
            points=check.points if status == "passed" else 0.0,
            max_points=check.points,
            message="",
            visibility="hidden",
            case=None if status == "passed" else check.cases[0],
        )

    return run


def test_an_entry_right_on_the_examples_only_holds_where_the_hidden_check_reads_the_whole_result(repo_config: Config) -> None:
    """linear_layer_grads: public checks on ``return[0]``/``return[1]``, its hidden check on ``return``.

    With ``after_zero_grad`` failed, the whole-exercise rule is off; the groups by target text had nothing for
    ``return``. Now the hidden check is run again on each entry a public check reads: an entry right on the public
    cases and wrong on the hidden ones holds the exercise; one right on the hidden ones too does not (its whole
    tuple failing on another entry says nothing of it).
    """
    [ex] = load_exercises(repo_config, ["linear_layer_grads"])
    checks = ex.checks_for("grade")
    valued = frozenset({"weight_grad", "bias_grad", "grads_hidden"})
    results = _results(checks, {"after_zero_grad", "grads_hidden"})
    assert checks_mod.held_for_review(ex, results, valued)[1] is None  # the groups by text alone: not held
    seen: list[str] = []
    related = checks_mod.related_groups(ex, checks, results, valued, _entry("failed", seen))
    assert seen == ["return[0]", "return[1]"]
    held, review = checks_mod.held_for_review(ex, results, valued, frozenset(), related)
    assert review is not None and sum(r.points for r in held) == 0
    # The entries right on the hidden cases (the tuple failed elsewhere, its None): an honest answer, not held.
    related = checks_mod.related_groups(ex, checks, results, valued, _entry("passed", []))
    assert checks_mod.held_for_review(ex, results, valued, frozenset(), related)[1] is None
    # Raising on every hidden case is fitting the examples: held, whether or not a public case raised too (a public
    # raise costs the checks on that case only; before round 15 it turned the target groups off:
    # tests/hostile/round15/pack/typed_in_raising_on_a_public_case_too.py).
    related = checks_mod.related_groups(ex, checks, results, valued, _entry("failed", []))
    assert checks_mod.held_for_review(ex, results, valued, frozenset({"random_hidden"}), related)[1] is not None
    assert checks_mod.held_for_review(ex, results, valued, frozenset({"random_hidden", "random_public"}), related)[1] is not None


def test_one_callable_on_the_public_probe_and_on_hidden_ones_is_one_group(repo_config: Config) -> None:
    """func_grad_callable: ``return.call(example)`` in public, ``return.call(vector)``/``(matrix)`` hidden."""
    [ex] = load_exercises(repo_config, ["func_grad_callable"])
    checks = ex.checks_for("grade")
    valued = frozenset({"grad_example", "x_left_alone", "grad_vector_hidden", "grad_matrix_hidden"})
    never: list[str] = []
    results = _results(checks, {"grad_dtype", "grad_vector_hidden", "grad_matrix_hidden"})
    related = checks_mod.related_groups(ex, checks, results, valued, _entry("failed", never))
    assert never == []  # no entry to run again: the callable's own hidden checks are the group
    assert [([p.name for p in pub], [h.name for h in hid]) for pub, hid in related] == [
        (["grad_example"], ["grad_vector_hidden", "grad_matrix_hidden"])
    ]
    assert checks_mod.held_for_review(ex, results, valued, frozenset(), related)[1] is not None
    # Right on the hidden vector, wrong on the matrix: a method with a mistake, not answers for the example.
    results = _results(checks, {"grad_dtype", "grad_matrix_hidden"})
    related = checks_mod.related_groups(ex, checks, results, valued, _entry("failed", never))
    assert checks_mod.held_for_review(ex, results, valued, frozenset(), related)[1] is None


def test_an_attribute_is_no_entry_of_its_tensor(repo_config: Config) -> None:
    """finite_difference_check's ``w_restored`` reads ``w``; ``grads_hidden`` reads ``w.grad``: not one value."""
    [ex] = load_exercises(repo_config, ["finite_difference_check"])
    checks = ex.checks_for("grade")
    valued = frozenset(c.name for c in checks if c.name not in {"b_restored", "loss_dtype", "backward_once"} and not c.name.endswith("unchanged"))
    results = _results(checks, set())
    related = checks_mod.related_groups(ex, checks, results, valued, _entry("passed", []))
    pairs = [([p.name for p in pub], [h.name for h in hid]) for pub, hid in related]
    assert all("w_restored" not in pub for pub, _ in pairs), pairs
    assert [pub for pub, _ in pairs] == [["loss_value"], ["fd_w"], ["fd_b"]]


def test_a_check_run_again_on_an_entry_keeps_the_hidden_checks_cases_and_tolerances(repo_config: Config) -> None:
    [ex] = load_exercises(repo_config, ["finite_difference_check"])
    checks = ex.checks_for("grade")
    seen: list[Check] = []

    def run(check: Check) -> CheckResult:
        seen.append(check)
        result: CheckResult = _entry("passed", [])(check)
        return result

    checks_mod.related_groups(ex, checks, _results(checks, set()), frozenset(c.name for c in checks), run)
    hidden = next(c for c in checks if c.name == "result_hidden")
    assert [c.target.text for c in seen] == ["result[0]", "result[1]", "result[2]"]
    assert all(dataclasses.replace(c, name=hidden.name, target=hidden.target) == dataclasses.replace(hidden, requires=(), hints=()) for c in seen)
