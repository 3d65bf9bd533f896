"""Validate's verdicts on one graded submission, from hand-made results (nothing runs)."""

from __future__ import annotations

import pytest
from conftest import DOUBLE_SPEC, Course

from grader.judge import judge_alternative, judge_mutant, judge_null
from grader.mutate import Mutant
from grader.nulls import NullSubmission
from grader.results import CheckResult, ExerciseResult, SubmissionResult
from grader.spec import Equivalent, Exercise, load_exercises


@pytest.fixture
def double(course: Course) -> Exercise:
    course.exercise("double", DOUBLE_SPEC, "def double(x):\n    y = x + x\n    return y\n")
    [ex] = load_exercises(course.config)
    return ex


def passed(name: str, points: float) -> CheckResult:
    return CheckResult(name=name, status="passed", points=points, max_points=points, message=f"{name} is correct")


def failed(name: str, points: float, hint: str | None = None, tags: tuple[str, ...] = ()) -> CheckResult:
    return CheckResult(name=name, status="failed", points=0.0, max_points=points, message=f"{name} differs", hint=hint, hint_tags=list(tags))


def result(*checks: CheckResult) -> SubmissionResult:
    score = sum(c.points for c in checks)
    exercise = ExerciseResult(id="double", title="Double it", status="failed", score=score, max_score=5.0, checks=list(checks))
    return SubmissionResult(submission="s.py", mode="grade", status="graded", score=score, max_score=5.0, exercises=[exercise])


def mutant(operator: str = "swap_mean_sum") -> Mutant:
    return Mutant(id=f"{operator}@2", operator=operator, line=2, source="", diff="-a\n+b")


def test_a_mutant_with_full_marks_survives_unless_declared(double: Exercise) -> None:
    full = result(passed("value", 2), passed("value_hidden", 3))
    survivor = judge_mutant(mutant(), full, double, None)
    assert not survivor.killed
    [problem] = survivor.problems
    assert problem == "mutant swap_mean_sum@2 survives with full marks (5/5): kill it with a check, or declare it under `equivalent:` with a reason\n-a\n+b"
    assert judge_mutant(mutant(), full, double, Equivalent("swap_mean_sum@2", "same values")).ok


def test_a_mutant_declared_equivalent_that_loses_points_is_a_problem(double: Exercise) -> None:
    report = judge_mutant(mutant(), result(failed("value", 2), passed("value_hidden", 3)), double, Equivalent("swap_mean_sum@2", "same values"))
    assert report.problems == ["mutant swap_mean_sum@2 is declared equivalent, but it loses points (3/5; fails value): remove the declaration"]


def test_a_hint_is_right_when_it_shares_a_tag_with_the_operators_mistakes(double: Exercise) -> None:
    graded = result(
        failed("value", 2, "A sum where a mean was meant.", ("sum_vs_mean",)),
        failed("value_hidden", 3, "Either of two.", ("operation", "shape")),
    )
    report = judge_mutant(mutant(), graded, double, None)
    assert [h.right for h in report.hints] == [True, True]
    assert report.ok and report.hinted


def test_a_hint_naming_only_other_mistakes_is_a_problem(double: Exercise) -> None:
    graded = result(failed("value", 2, "Flip the sign.", ("sign",)), failed("value_hidden", 3))  # no hint: not counted
    report = judge_mutant(mutant("drop_zero_grad"), graded, double, None)
    assert len(report.hints) == 1 and not report.hinted
    assert report.problems == ["mutant drop_zero_grad@2: check value's hint names sign, but drop_zero_grad makes accumulation: 'Flip the sign.'"]


def test_a_null_submission_names_the_checks_that_gave_it_points(double: Exercise) -> None:
    null = NullSubmission("returns_none", "the function only returns None", "")
    assert judge_null(null, result(failed("value", 2), failed("value_hidden", 3)), double).ok
    earning = judge_null(null, result(failed("value", 2), passed("value_hidden", 3)), double)
    assert not earning.ok
    assert earning.detail == "earns 3/5 for doing nothing: value_hidden (3)"


def test_an_alternative_needs_every_point(double: Exercise) -> None:
    assert judge_alternative("alt.py", result(passed("value", 2), passed("value_hidden", 3)), double).ok
    short = judge_alternative("alt.py", result(passed("value", 2), failed("value_hidden", 3)), double)
    assert short.detail == "a correct answer scores 2/5: value_hidden (value_hidden differs)"


def test_an_author_hint_is_judged_on_its_own_beside_the_computed_ones(course: Course) -> None:
    course.exercise(
        "double",
        DOUBLE_SPEC.replace(
            "  - {name: value, target: return, cases: [simple], points: 2}",
            "  - {name: value, target: return, cases: [simple], points: 2, hint: {text: Flip the sign., mistake: sign, when: {ratio: 2}}}",
        ),
        "def double(x):\n    return x + x\n",
    )
    [ex] = load_exercises(course.config)
    # The check's one text and the union of the tags: the computed hint is right, the author's is not. Which tags the
    # computed hints brought is not kept, so they are judged with all of them (one may name the author's mistake too);
    # the author's hint, known by its text, is judged alone.
    graded = result(failed("value", 2, "A sum where a mean was meant. Flip the sign.", ("sign", "sum_vs_mean")), passed("value_hidden", 3))
    report = judge_mutant(mutant(), graded, ex, None)
    assert [(h.text, h.tags, h.right) for h in report.hints] == [
        ("A sum where a mean was meant.", ["sign", "sum_vs_mean"], True),
        ("Flip the sign.", ["sign"], False),
    ]
    assert report.hinted and not report.ok
