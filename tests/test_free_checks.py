"""Free checks: what a submission doing nothing passes counts only beside a check of the work itself passed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Course, GradeFn, failing

from grader.expected import FrozenExpected, ReferenceRunner, freeze
from grader.grading import open_grader
from grader.spec import load_exercises

MEAN = """
id: mean_grad
title: Gradient of a mean
prompt: Return the mean of 3 x, after out.backward().
function: {name: mean_grad, params: [x]}
cases:
  - {name: ones, inputs: {x: {full: [2, 2], value: 1.0, requires_grad: true}}}
  - {name: secret, inputs: {x: {random: normal, shape: [5], requires_grad: true}}}
checks:
  - {name: out_value, target: return, cases: [ones], points: 2}
  - {name: x_grad, target: x.grad, cases: [ones], points: 2}
  - {name: one_backward, target: x.backward_calls, cases: [ones]}
  # No `requires` on purpose: the grader finds that a do-nothing answer leaves x alone.
  - {name: x_unchanged, target: x.changed, cases: [ones]}
  - {name: x_grad_hidden, target: x.grad, cases: [secret], visibility: hidden}
"""
RIGHT = "def mean_grad(x):\n    out = (3 * x).mean()\n    out.backward()\n    return out\n"
# One backward pass through the input, then nothing: the count is right, x is untouched, x.grad is ones (not 3/n).
BUSY = "def mean_grad(x):\n    x.sum().backward()\n    return None\n"
# The gradient right, the returned value a Python number: the work is there, so the count and x's values count too.
HALF = "def mean_grad(x):\n    out = (3 * x).mean()\n    out.backward()\n    return out.item() + 1\n"


@pytest.fixture
def mean_course(course: Course) -> Course:
    course.exercise("mean_grad", MEAN, RIGHT)
    return course


def test_the_checks_a_do_nothing_answer_passes_are_found_by_running_the_nulls(mean_course: Course) -> None:
    [ex] = load_exercises(mean_course.config)
    with ReferenceRunner(mean_course.config) as runner:
        assert runner.free_checks(ex) == {"one_backward", "x_unchanged"}


def test_a_backward_pass_on_the_inputs_alone_earns_nothing(mean_course: Course, grade: GradeFn) -> None:
    result = grade(mean_course.config, BUSY).exercise("mean_grad")
    assert result.score == 0
    failing_with = {c.name: c.message for c in result.checks if c.status == "failed"}
    assert {"one_backward", "x_unchanged"} <= set(failing_with)
    assert "a submission that does nothing has that too" in (failing_with["one_backward"] or "")


def test_beside_work_of_value_free_checks_count(mean_course: Course, grade: GradeFn) -> None:
    result = grade(mean_course.config, HALF)
    assert failing(result, "mean_grad") == {"out_value"}
    assert result.exercise("mean_grad").score == 5  # x_grad 2, one_backward, x_unchanged, x_grad_hidden
    assert grade(mean_course.config, RIGHT).exercise("mean_grad").score == 7


def test_a_bundle_carries_the_public_free_checks_and_its_check_gates_too(mean_course: Course, grade: GradeFn, tmp_path: Path) -> None:
    exercises = load_exercises(mean_course.config)
    frozen = tmp_path / "expected.json"
    with ReferenceRunner(mean_course.config) as runner:
        freeze(runner, exercises, frozen, public_only=True)
    assert json.loads(frozen.read_text())["free"] == {"mean_grad": ["one_backward", "x_unchanged"]}
    assert FrozenExpected(frozen).free_checks(exercises[0]) == {"one_backward", "x_unchanged"}
    # A file frozen before free checks existed gates nothing, as then.
    old = json.loads(frozen.read_text())
    del old["free"]
    (tmp_path / "old.json").write_text(json.dumps(old))
    assert FrozenExpected(tmp_path / "old.json").free_checks(exercises[0]) == frozenset()
    # The student's own check (public checks only) gates them too.
    checked = grade(mean_course.config, BUSY, grader=open_grader(mean_course.config, mode="check"))
    assert checked.exercise("mean_grad").score == 0


DOUBLE = """
id: double_it
title: Double a tracked tensor
prompt: Return y = 2 x, computed from x (x requires grad).
function: {name: double_it, params: [x]}
cases:
  - {name: small, inputs: {x: {tensor: [1.0, 2.0], requires_grad: true}}}
checks:
  - {name: y_value, target: return, cases: [small], points: 2}
  - {name: y_not_leaf, target: return.is_leaf, cases: [small]}
  - {name: y_tracked, target: return.requires_grad, cases: [small]}
"""


def test_facts_a_result_of_the_input_times_one_has_count_only_beside_work(course: Course, grade: GradeFn) -> None:
    """`x * 1` is on autograd's graph, not a leaf, and requires grad, as any result computed from x: those facts of a
    result show no work (tests/fairness/effort: untracked_backward_error's `z = x * 1` kept 1 point of 12)."""
    course.exercise("double_it", DOUBLE, "def double_it(x):\n    return 2 * x\n")
    [ex] = load_exercises(course.config)
    with ReferenceRunner(course.config) as runner:
        assert runner.free_checks(ex) == {"y_not_leaf", "y_tracked"}
    assert grade(course.config, "def double_it(x):\n    return x * 1\n").exercise("double_it").score == 0
    # Beside a right value they count as ever.
    assert grade(course.config, "def double_it(x):\n    return x + x\n").exercise("double_it").score == 4


# A sum where the prompt asks for a mean: every value is the right one times the element count, on the hidden case too.
SUMMED = "def mean_grad(x):\n    out = (3 * x).sum()\n    out.backward()\n    return out\n"
# Another formula, with the same backward pass through x: nothing rebuilds its values from the right ones.
OTHER = "def mean_grad(x):\n    out = (x ** 2).mean()\n    out.backward()\n    return out\n"


def test_work_with_a_recognised_mistake_keeps_what_it_guards(mean_course: Course, grade: GradeFn) -> None:
    summed = grade(mean_course.config, SUMMED).exercise("mean_grad")
    values = {c.name: c for c in summed.checks if c.name in ("out_value", "x_grad", "x_grad_hidden")}
    assert all(c.status == "failed" and c.recognised and "sum_vs_mean" in c.hint_tags for c in values.values())
    # The pass through x and x left alone are the work's, beside its one wrong step: 2 of 7, not nothing.
    assert summed.score == 2 and {c.name for c in summed.checks if c.status == "passed"} == {"one_backward", "x_unchanged"}
    other = grade(mean_course.config, OTHER).exercise("mean_grad")
    assert not any(c.recognised for c in other.checks), [(c.name, c.hint) for c in other.checks if c.recognised]
    assert other.score == 0
    assert grade(mean_course.config, BUSY).exercise("mean_grad").score == 0
