"""``grader validate`` on a throwaway course: alternatives, null submissions, mutants and hints, judged.

The course (conftest's :func:`validation_course`) holds an exercise that is
fair in every respect (``twice``) and two that are not, each in ways
validate must report: a surviving mutant, a stale ``equivalent``
declaration, a null submission that earns a point, an alternative that loses
points (``double``); no alternatives at all, and an author hint that names
the wrong mistake on a mutant (``mean_grad``). Validation runs once for the
module; the tests read its report.
"""

from __future__ import annotations

import io

import pytest
from conftest import Course, validation_course

from grader.commands import validate as command
from grader.config import Config
from grader.exitcodes import ExitCode
from grader.report import validation
from grader.validate import ExerciseReport, ValidationReport, validate


@pytest.fixture(scope="module")
def fair_course(tmp_path_factory: pytest.TempPathFactory) -> Config:
    return validation_course(Course(tmp_path_factory.mktemp("validate") / "course")).config


@pytest.fixture(scope="module")
def report(fair_course: Config) -> ValidationReport:
    return validate(fair_course, jobs=1)


def test_a_fair_exercise_is_ok_with_its_alternatives_nulls_and_mutants(report: ValidationReport, fair_course: Config) -> None:
    twice = next(e for e in report.exercises if e.id == "twice")
    assert twice.ok, validation.exercise_problems(twice, fair_course.root)
    assert [a.ok for a in twice.alternatives] == [True, True, True]
    # y = 2 x involves no autograd: the example's answer typed in cannot be told from a computed one by the work it
    # shows, but right on every public case and wrong on every hidden one, it is held for review and earns nothing.
    assert [(n.name, n.score) for n in twice.nulls] == [("starter", 0), ("returns_none", 0), ("returns_first_input", 0), ("backward_on_inputs", 0), ("returns_zeros", 0), ("first_input_on_graph", 0), ("typed_in", 0)]
    assert twice.nulls[-1].ok
    by_id = {m.id: m for m in twice.mutants}
    assert by_id["flip_sign@2"].killed
    assert not by_id["mutate_input@3"].killed and by_id["mutate_input@3"].equivalent  # survives, declared with a reason
    figures = twice.figures()
    assert (figures.killed, figures.mutants, figures.equivalent) == (1, 1, 1)


def test_a_surviving_mutant_is_reported_with_its_diff(report: ValidationReport) -> None:
    double = next(e for e in report.exercises if e.id == "double")
    assert not double.ok
    [survivor] = [m for m in double.mutants if not m.killed]
    assert survivor.id == "mutate_input@3"
    [problem] = survivor.problems
    assert problem.startswith("mutant mutate_input@3 survives with full marks (6/6)")
    assert "+    x.data.add_(1)" in problem  # the diff of the mutated line


def test_a_declaration_naming_no_mutant_is_reported(report: ValidationReport) -> None:
    double = next(e for e in report.exercises if e.id == "double")
    [stale] = double.stale
    assert stale.startswith("equivalent[0]: no mutant 'flip_sign@9' of double.py (its flip_sign mutants: flip_sign@2)")


def test_a_flag_every_null_gets_right_counts_only_beside_work(report: ValidationReport) -> None:
    """double's x_untracked, with no `requires`, is a free check (a do-nothing answer has it): it no longer gives the
    null submissions a point, which validate reported as a problem of the exercise."""
    double = next(e for e in report.exercises if e.id == "double")
    assert [(n.name, n.score) for n in double.nulls if n.name != "typed_in"] == [
        ("starter", 0), ("returns_none", 0), ("returns_first_input", 0), ("backward_on_inputs", 0), ("returns_zeros", 0), ("first_input_on_graph", 0)
    ]
    assert all(n.ok for n in double.nulls)


def test_an_alternative_that_loses_points_is_reported(report: ValidationReport) -> None:
    double = next(e for e in report.exercises if e.id == "double")
    lost = [a for a in double.alternatives if not a.ok]
    assert [a.file.rsplit("/", 1)[-1] for a in lost] == ["times_three.py"]
    assert lost[0].detail.startswith("a correct answer scores 0/6: value (")  # x_untracked is free: alone it counts for nothing
    assert double.alternatives_problem is None  # three were found


def test_an_exercise_without_alternatives_gets_a_clear_problem(report: ValidationReport) -> None:
    mean_grad = next(e for e in report.exercises if e.id == "mean_grad")
    assert mean_grad.alternatives_problem == (
        "needs at least 3 alternatives (no folder solutions/alternatives/mean_grad/): "
        "correct answers in the styles students write, each of which must earn full marks"
    )


def test_a_hint_that_names_another_mistake_on_a_mutant_is_reported(report: ValidationReport) -> None:
    mean_grad = next(e for e in report.exercises if e.id == "mean_grad")
    swapped = next(m for m in mean_grad.mutants if m.id == "swap_mean_sum@2")
    assert swapped.killed
    [wrong] = [h for h in swapped.hints if not h.right]
    assert (wrong.check, wrong.tags) == ("out_value", ["sign"])
    assert (
        "mutant swap_mean_sum@2: check out_value's hint names sign, but swap_mean_sum makes operation or sum_vs_mean: "
        "'Check the sign of your result.'"
    ) in swapped.problems
    # A hint that does name the mutant's mistake counts as right.
    dropped = next(m for m in mean_grad.mutants if m.id == "drop_backward@3")
    assert dropped.hinted and all(h.right for h in dropped.hints)
    figures = mean_grad.figures()
    assert figures.hints_right < figures.hints


def test_the_report_prints_a_summary_line_per_exercise_and_a_total(report: ValidationReport, fair_course: Config) -> None:
    text = validation.render(report, fair_course.root)
    lines = text.splitlines()
    [twice] = [line for line in lines if " twice " in line]
    assert twice.startswith("OK      twice")
    assert twice.endswith(
        "reference 5/5; 3/3 alternatives full marks; 7/7 null submissions earn 0; mutants 1/1 killed (1 declared equivalent); "
        "hints 0/0 right on mutants, 0/1 mutants hinted; 0/0 wrong solutions caught"
    )
    assert any(line.startswith("BROKEN  double") for line in lines)
    assert "         ✗ mutant mutate_input@3 survives with full marks (6/6): kill it with a check, or declare it under `equivalent:` with a reason" in lines
    assert "             +    x.data.add_(1)" in lines  # the diff, indented under its problem
    assert lines[-1].startswith("1 of 3 exercises valid; references 3/3 full marks; 5/6 alternatives full marks (1 exercises have fewer than 3);")
    assert "precision" in lines[-1] and "coverage" in lines[-1]


def test_exit_code_is_0_when_every_selected_exercise_is_fair(fair_course: Config) -> None:
    out = io.StringIO()
    assert command.main(fair_course, only=["twice"], jobs=1, out=out) == ExitCode.OK
    assert out.getvalue().startswith("OK      twice")


def test_more_draws_validate_again_under_fresh_keys_and_print_each(fair_course: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    """--draws N: the course's key, then N-1 fresh ones, each printed so --key repeats it; a draw that breaks an
    exercise fails the command and prints only what broke."""
    fine = ExerciseReport(id="twice", path="twice.yaml", max_score=6, reference_score=6)
    broken = ExerciseReport(id="twice", path="twice.yaml", max_score=6, reference_score=6, stale=["a stale declaration"])
    seen: list[str | None] = []

    def fake(config: Config, *, only: list[str] | None = None, jobs: int = 1) -> ValidationReport:
        seen.append(config.hidden_seed)
        return ValidationReport(exercises=[fine if len(seen) < 3 else broken])

    monkeypatch.setattr(command, "validate", fake)
    out = io.StringIO()
    assert command.main(fair_course, jobs=1, draws=3, out=out) == ExitCode.FAILED
    first, second, third = seen
    assert first == fair_course.hidden_seed and second and third and len({first, second, third}) == 3
    text = out.getvalue()
    assert f"draw 2 of 3: hidden cases under --key {second}" in text and f"draw 3 of 3: hidden cases under --key {third}" in text
    after_second = text.split("draw 2 of 3")[1]
    assert "OK      twice" not in after_second  # past the first draw, only what broke
    assert "BROKEN  twice" in after_second and "a stale declaration" in after_second
    # --key repeats one draw.
    seen.clear()
    assert command.main(fair_course, jobs=1, key=third, out=io.StringIO()) == ExitCode.OK
    assert seen == [third]


def test_two_real_draws_of_a_fair_exercise_both_pass(fair_course: Config) -> None:
    out = io.StringIO()
    assert command.main(fair_course, only=["twice"], jobs=1, draws=2, out=out) == ExitCode.OK
    text = out.getvalue()
    assert text.startswith("OK      twice") and "draw 2 of 2: hidden cases under --key " in text
    assert text.count("1 of 1 exercises valid") == 2
